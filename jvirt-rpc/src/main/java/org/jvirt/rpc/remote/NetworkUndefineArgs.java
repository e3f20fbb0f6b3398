package org.jvirt.rpc.remote;

/** remote_network_undefine_args. */
public record NetworkUndefineArgs(NonnullNetwork net) {
}
