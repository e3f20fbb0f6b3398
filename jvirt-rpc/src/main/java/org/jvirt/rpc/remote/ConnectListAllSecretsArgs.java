package org.jvirt.rpc.remote;

/** remote_connect_list_all_secrets_args. */
public record ConnectListAllSecretsArgs(int needResults, int flags) {
}
