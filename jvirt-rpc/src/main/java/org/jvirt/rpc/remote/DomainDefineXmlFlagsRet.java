package org.jvirt.rpc.remote;

/** remote_domain_define_xml_flags_ret. */
public record DomainDefineXmlFlagsRet(NonnullDomain dom) {
}
