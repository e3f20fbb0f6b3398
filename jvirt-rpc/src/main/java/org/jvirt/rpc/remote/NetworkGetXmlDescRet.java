package org.jvirt.rpc.remote;

/** remote_network_get_xml_desc_ret. */
public record NetworkGetXmlDescRet(String xml) {
}
