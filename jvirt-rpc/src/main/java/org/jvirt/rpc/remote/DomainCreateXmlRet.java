package org.jvirt.rpc.remote;

/** remote_domain_create_xml_ret. */
public record DomainCreateXmlRet(NonnullDomain dom) {
}
