package org.jvirt.rpc.remote;

/** remote_network_create_args. */
public record NetworkCreateArgs(NonnullNetwork net) {
}
