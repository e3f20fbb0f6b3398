package org.jvirt.rpc.remote;

/** remote_secret_undefine_args. */
public record SecretUndefineArgs(NonnullSecret secret) {
}
