package org.jvirt.rpc.remote;

/** remote_node_get_memory_parameters_args. */
public record NodeGetMemoryParametersArgs(int nparams, int flags) {
}
