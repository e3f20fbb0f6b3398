package org.jvirt.rpc.remote;

/** remote_node_device_get_xml_desc_args. */
public record NodeDeviceGetXmlDescArgs(String name, int flags) {
}
