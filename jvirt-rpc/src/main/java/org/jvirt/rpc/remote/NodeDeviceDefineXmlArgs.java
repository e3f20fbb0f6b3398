package org.jvirt.rpc.remote;

/** remote_node_device_define_xml_args. */
public record NodeDeviceDefineXmlArgs(String xmlDesc, int flags) {
}
