package org.jvirt.rpc.remote;

/** remote_domain_define_xml_args. */
public record DomainDefineXmlArgs(String xml) {
}
