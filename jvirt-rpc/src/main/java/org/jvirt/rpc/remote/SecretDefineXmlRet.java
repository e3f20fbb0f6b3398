package org.jvirt.rpc.remote;

/** remote_secret_define_xml_ret. */
public record SecretDefineXmlRet(NonnullSecret secret) {
}
