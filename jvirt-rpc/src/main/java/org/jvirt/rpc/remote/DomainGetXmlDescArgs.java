package org.jvirt.rpc.remote;

/** remote_domain_get_xml_desc_args. */
public record DomainGetXmlDescArgs(NonnullDomain dom, int flags) {
}
