package org.jvirt.rpc.remote;

/** remote_domain_define_xml_ret. */
public record DomainDefineXmlRet(NonnullDomain dom) {
}
