package org.jvirt.rpc.remote;

/** remote_secret_get_value_args. */
public record SecretGetValueArgs(NonnullSecret secret, int flags) {
}
