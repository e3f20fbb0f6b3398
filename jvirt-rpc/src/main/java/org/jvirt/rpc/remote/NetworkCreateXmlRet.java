package org.jvirt.rpc.remote;

/** remote_network_create_xml_ret. */
public record NetworkCreateXmlRet(NonnullNetwork net) {
}
