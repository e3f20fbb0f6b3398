package org.jvirt.rpc.remote;

/** remote_connect_get_type_ret. */
public record ConnectGetTypeRet(String type) {
}
