package org.jvirt.rpc.remote;

/** remote_domain_define_xml_flags_args. */
public record DomainDefineXmlFlagsArgs(String xml, int flags) {
}
