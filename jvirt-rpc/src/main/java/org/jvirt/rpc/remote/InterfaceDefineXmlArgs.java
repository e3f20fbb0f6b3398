package org.jvirt.rpc.remote;

/** remote_interface_define_xml_args. */
public record InterfaceDefineXmlArgs(String xml, int flags) {
}
