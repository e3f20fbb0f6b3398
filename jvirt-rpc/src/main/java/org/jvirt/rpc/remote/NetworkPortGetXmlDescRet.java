package org.jvirt.rpc.remote;

/** remote_network_port_get_xml_desc_ret. */
public record NetworkPortGetXmlDescRet(String xml) {
}
