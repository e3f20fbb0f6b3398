package org.jvirt.rpc.remote;

/** remote_network_create_xml_args. */
public record NetworkCreateXmlArgs(String xml) {
}
