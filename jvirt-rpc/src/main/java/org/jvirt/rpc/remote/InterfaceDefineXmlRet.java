package org.jvirt.rpc.remote;

/** remote_interface_define_xml_ret. */
public record InterfaceDefineXmlRet(NonnullInterface iface) {
}
