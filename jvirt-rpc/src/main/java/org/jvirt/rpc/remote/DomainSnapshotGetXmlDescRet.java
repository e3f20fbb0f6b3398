package org.jvirt.rpc.remote;

/** remote_domain_snapshot_get_xml_desc_ret. */
public record DomainSnapshotGetXmlDescRet(String xml) {
}
