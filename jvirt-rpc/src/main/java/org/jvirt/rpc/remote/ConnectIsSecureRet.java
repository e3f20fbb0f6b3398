package org.jvirt.rpc.remote;

/** remote_connect_is_secure_ret. */
public record ConnectIsSecureRet(int secure) {
}
