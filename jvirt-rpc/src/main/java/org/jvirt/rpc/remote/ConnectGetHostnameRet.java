package org.jvirt.rpc.remote;

/** remote_connect_get_hostname_ret. */
public record ConnectGetHostnameRet(String hostname) {
}
