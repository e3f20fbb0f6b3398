package org.jvirt.rpc.remote;

/** remote_node_device_create_xml_ret. */
public record NodeDeviceCreateXmlRet(NonnullNodeDevice dev) {
}
