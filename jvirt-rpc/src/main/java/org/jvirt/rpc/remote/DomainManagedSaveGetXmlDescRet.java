package org.jvirt.rpc.remote;

/** remote_domain_managed_save_get_xml_desc_ret. */
public record DomainManagedSaveGetXmlDescRet(String xml) {
}
