package org.jvirt.rpc.remote;

/** remote_network_update_args. */
public record NetworkUpdateArgs(NonnullNetwork net, int command, int section, int parentIndex, String xml, int flags) {
}
