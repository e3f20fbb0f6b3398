package org.jvirt.rpc.remote;

/** remote_connect_get_sysinfo_ret. */
public record ConnectGetSysinfoRet(String sysinfo) {
}
