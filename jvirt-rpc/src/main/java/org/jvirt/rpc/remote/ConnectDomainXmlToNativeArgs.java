package org.jvirt.rpc.remote;

/** remote_connect_domain_xml_to_native_args. */
public record ConnectDomainXmlToNativeArgs(String nativeFormat, String domainXml, int flags) {
}
