package org.jvirt.rpc.remote;

/** remote_secret_get_xml_desc_ret. */
public record SecretGetXmlDescRet(String xml) {
}
