package org.jvirt.rpc.remote;

/** remote_connect_num_of_secrets_ret. */
public record ConnectNumOfSecretsRet(int num) {
}
