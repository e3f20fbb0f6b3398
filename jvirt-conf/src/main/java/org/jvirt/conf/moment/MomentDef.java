package org.jvirt.conf.moment;

/**
 * What snapshots and checkpoints share (libvirt's virDomainMomentDef): a name and the parent's name, which is
 * all the moment tree ({@code org.jvirt.core.DomainMomentObjList}) needs.
 */
public interface MomentDef {

    String name();

    /** The parent moment's name, null for a root. */
    String parentName();
}
