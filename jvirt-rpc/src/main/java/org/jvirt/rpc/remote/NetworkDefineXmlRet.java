package org.jvirt.rpc.remote;

/** remote_network_define_xml_ret. */
public record NetworkDefineXmlRet(NonnullNetwork net) {
}
