package org.jvirt.rpc.remote;

/** remote_network_is_persistent_args. */
public record NetworkIsPersistentArgs(NonnullNetwork net) {
}
