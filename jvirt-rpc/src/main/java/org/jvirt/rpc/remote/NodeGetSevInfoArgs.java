package org.jvirt.rpc.remote;

/** remote_node_get_sev_info_args. */
public record NodeGetSevInfoArgs(int nparams, int flags) {
}
