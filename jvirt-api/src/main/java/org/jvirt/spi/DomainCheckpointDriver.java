package org.jvirt.spi;

import java.util.List;

/**
 * The checkpoint entries of the hypervisor driver table (libvirt's virHypervisorDriver fields of the same
 * names), kept in their own file; {@link HypervisorDriver} extends this, so it stays one table. Every entry is
 * optional: the default throws NO_SUPPORT naming the public function. Drivers check their own flags.
 */
public interface DomainCheckpointDriver {

    default DomainCheckpointRef domainCheckpointCreateXML(DomainRef dom, String xmlDesc, int flags) {
        throw Unsupported.call("virDomainCheckpointCreateXML");
    }

    default String domainCheckpointGetXMLDesc(DomainCheckpointRef checkpoint, int flags) {
        throw Unsupported.call("virDomainCheckpointGetXMLDesc");
    }

    default List<DomainCheckpointRef> domainListAllCheckpoints(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainListAllCheckpoints");
    }

    default List<DomainCheckpointRef> domainCheckpointListAllChildren(DomainCheckpointRef checkpoint, int flags) {
        throw Unsupported.call("virDomainCheckpointListAllChildren");
    }

    default DomainCheckpointRef domainCheckpointLookupByName(DomainRef dom, String name, int flags) {
        throw Unsupported.call("virDomainCheckpointLookupByName");
    }

    default DomainCheckpointRef domainCheckpointGetParent(DomainCheckpointRef checkpoint, int flags) {
        throw Unsupported.call("virDomainCheckpointGetParent");
    }

    default void domainCheckpointDelete(DomainCheckpointRef checkpoint, int flags) {
        throw Unsupported.call("virDomainCheckpointDelete");
    }
}
