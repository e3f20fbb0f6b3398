package org.jvirt.rpc.remote;

/** remote_connect_list_secrets_args. */
public record ConnectListSecretsArgs(int maxuuids) {
}
