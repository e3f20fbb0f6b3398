package org.jvirt.rpc.remote;

/** remote_network_define_xml_flags_ret. */
public record NetworkDefineXmlFlagsRet(NonnullNetwork net) {
}
