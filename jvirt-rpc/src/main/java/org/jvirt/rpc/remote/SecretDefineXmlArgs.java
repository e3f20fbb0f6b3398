package org.jvirt.rpc.remote;

/** remote_secret_define_xml_args. */
public record SecretDefineXmlArgs(String xml, int flags) {
}
