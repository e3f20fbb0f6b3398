package org.jvirt.rpc.remote;

/** remote_domain_save_image_define_xml_args. */
public record DomainSaveImageDefineXmlArgs(String file, String dxml, int flags) {
}
