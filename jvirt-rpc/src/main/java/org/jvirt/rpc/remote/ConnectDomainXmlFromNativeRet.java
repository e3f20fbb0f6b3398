package org.jvirt.rpc.remote;

/** remote_connect_domain_xml_from_native_ret. */
public record ConnectDomainXmlFromNativeRet(String domainXml) {
}
