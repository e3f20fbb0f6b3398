package org.jvirt.rpc.remote;

/** remote_domain_managed_save_get_xml_desc_args. */
public record DomainManagedSaveGetXmlDescArgs(NonnullDomain dom, int flags) {
}
