package org.jvirt.rpc.remote;

/** remote_connect_get_sysinfo_args. */
public record ConnectGetSysinfoArgs(int flags) {
}
