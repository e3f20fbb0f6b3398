package org.jvirt.rpc.remote;

/** remote_domain_get_xml_desc_ret. */
public record DomainGetXmlDescRet(String xml) {
}
