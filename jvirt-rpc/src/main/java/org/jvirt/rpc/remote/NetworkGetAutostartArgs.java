package org.jvirt.rpc.remote;

/** remote_network_get_autostart_args. */
public record NetworkGetAutostartArgs(NonnullNetwork net) {
}
