package org.jvirt.rpc.remote;

/** remote_domain_checkpoint_get_xml_desc_ret. */
public record DomainCheckpointGetXmlDescRet(String xml) {
}
