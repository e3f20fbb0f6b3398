package org.jvirt.rpc.remote;

/** remote_network_port_get_xml_desc_args. */
public record NetworkPortGetXmlDescArgs(NonnullNetworkPort port, int flags) {
}
