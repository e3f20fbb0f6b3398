package org.jvirt.rpc.remote;

/** remote_domain_create_xml_args. */
public record DomainCreateXmlArgs(String xmlDesc, int flags) {
}
