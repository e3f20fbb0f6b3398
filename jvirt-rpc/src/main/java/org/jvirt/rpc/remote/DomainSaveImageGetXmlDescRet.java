package org.jvirt.rpc.remote;

/** remote_domain_save_image_get_xml_desc_ret. */
public record DomainSaveImageGetXmlDescRet(String xml) {
}
