package org.jvirt.rpc.remote;

/** remote_network_port_create_xml_args. */
public record NetworkPortCreateXmlArgs(NonnullNetwork network, String xml, int flags) {
}
