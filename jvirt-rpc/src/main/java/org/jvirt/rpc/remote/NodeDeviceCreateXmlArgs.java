package org.jvirt.rpc.remote;

/** remote_node_device_create_xml_args. */
public record NodeDeviceCreateXmlArgs(String xmlDesc, int flags) {
}
