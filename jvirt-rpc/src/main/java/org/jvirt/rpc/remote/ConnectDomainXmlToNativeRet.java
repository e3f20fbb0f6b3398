package org.jvirt.rpc.remote;

/** remote_connect_domain_xml_to_native_ret. */
public record ConnectDomainXmlToNativeRet(String nativeConfig) {
}
