package org.jvirt.rpc.remote;

/** remote_node_device_define_xml_ret. */
public record NodeDeviceDefineXmlRet(NonnullNodeDevice dev) {
}
