package org.jvirt.rpc.remote;

/** remote_domain_snapshot_get_xml_desc_args. */
public record DomainSnapshotGetXmlDescArgs(NonnullDomainSnapshot snap, int flags) {
}
