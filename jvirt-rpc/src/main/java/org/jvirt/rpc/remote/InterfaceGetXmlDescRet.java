package org.jvirt.rpc.remote;

/** remote_interface_get_xml_desc_ret. */
public record InterfaceGetXmlDescRet(String xml) {
}
