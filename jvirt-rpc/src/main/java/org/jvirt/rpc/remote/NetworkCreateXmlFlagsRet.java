package org.jvirt.rpc.remote;

/** remote_network_create_xml_flags_ret. */
public record NetworkCreateXmlFlagsRet(NonnullNetwork net) {
}
