package org.jvirt.rpc.remote;

/** remote_node_device_get_xml_desc_ret. */
public record NodeDeviceGetXmlDescRet(String xml) {
}
