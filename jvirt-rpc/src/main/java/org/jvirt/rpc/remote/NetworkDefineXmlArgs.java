package org.jvirt.rpc.remote;

/** remote_network_define_xml_args. */
public record NetworkDefineXmlArgs(String xml) {
}
