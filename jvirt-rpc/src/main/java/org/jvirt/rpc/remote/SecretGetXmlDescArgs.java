package org.jvirt.rpc.remote;

/** remote_secret_get_xml_desc_args. */
public record SecretGetXmlDescArgs(NonnullSecret secret, int flags) {
}
