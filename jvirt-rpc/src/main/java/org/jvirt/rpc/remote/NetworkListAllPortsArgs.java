package org.jvirt.rpc.remote;

/** remote_network_list_all_ports_args. */
public record NetworkListAllPortsArgs(NonnullNetwork network, int needResults, int flags) {
}
