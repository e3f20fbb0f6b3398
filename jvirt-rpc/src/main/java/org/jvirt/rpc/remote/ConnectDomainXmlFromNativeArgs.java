package org.jvirt.rpc.remote;

/** remote_connect_domain_xml_from_native_args. */
public record ConnectDomainXmlFromNativeArgs(String nativeFormat, String nativeConfig, int flags) {
}
