package org.jvirt.rpc.remote;

/** remote_connect_get_uri_ret. */
public record ConnectGetUriRet(String uri) {
}
