package org.jvirt.rpc.remote;

/** remote_domain_snapshot_create_xml_args. */
public record DomainSnapshotCreateXmlArgs(NonnullDomain dom, String xmlDesc, int flags) {
}
