package org.jvirt.rpc.remote;

/** remote_network_create_xml_flags_args. */
public record NetworkCreateXmlFlagsArgs(String xml, int flags) {
}
