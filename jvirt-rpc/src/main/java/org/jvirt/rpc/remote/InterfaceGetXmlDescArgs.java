package org.jvirt.rpc.remote;

/** remote_interface_get_xml_desc_args. */
public record InterfaceGetXmlDescArgs(NonnullInterface iface, int flags) {
}
