package org.jvirt.rpc.remote;

/** remote_connect_get_version_ret. */
public record ConnectGetVersionRet(long hvVer) {
}
