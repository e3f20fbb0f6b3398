package org.jvirt.rpc.remote;

/** remote_network_destroy_args. */
public record NetworkDestroyArgs(NonnullNetwork net) {
}
