package org.jvirt.rpc.remote;

/** remote_domain_snapshot_create_xml_ret. */
public record DomainSnapshotCreateXmlRet(NonnullDomainSnapshot snap) {
}
