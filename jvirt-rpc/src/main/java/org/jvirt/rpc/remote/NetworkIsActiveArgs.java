package org.jvirt.rpc.remote;

/** remote_network_is_active_args. */
public record NetworkIsActiveArgs(NonnullNetwork net) {
}
