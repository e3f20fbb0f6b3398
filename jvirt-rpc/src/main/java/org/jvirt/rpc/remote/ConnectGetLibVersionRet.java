package org.jvirt.rpc.remote;

/** remote_connect_get_lib_version_ret. */
public record ConnectGetLibVersionRet(long libVer) {
}
