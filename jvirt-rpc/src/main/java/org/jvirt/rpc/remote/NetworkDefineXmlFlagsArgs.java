package org.jvirt.rpc.remote;

/** remote_network_define_xml_flags_args. */
public record NetworkDefineXmlFlagsArgs(String xml, int flags) {
}
