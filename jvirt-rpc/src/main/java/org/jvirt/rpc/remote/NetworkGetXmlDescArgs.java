package org.jvirt.rpc.remote;

/** remote_network_get_xml_desc_args. */
public record NetworkGetXmlDescArgs(NonnullNetwork net, int flags) {
}
