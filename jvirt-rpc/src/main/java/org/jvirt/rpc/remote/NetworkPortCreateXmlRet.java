package org.jvirt.rpc.remote;

/** remote_network_port_create_xml_ret. */
public record NetworkPortCreateXmlRet(NonnullNetworkPort port) {
}
