package org.jvirt.rpc.remote;

/** remote_domain_save_image_get_xml_desc_args. */
public record DomainSaveImageGetXmlDescArgs(String file, int flags) {
}
