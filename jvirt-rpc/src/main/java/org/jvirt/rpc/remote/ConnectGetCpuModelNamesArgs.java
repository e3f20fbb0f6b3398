package org.jvirt.rpc.remote;

/** remote_connect_get_cpu_model_names_args. */
public record ConnectGetCpuModelNamesArgs(String arch, int needResults, int flags) {
}
