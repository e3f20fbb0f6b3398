package org.jvirt.rpc.remote;

/** remote_network_set_autostart_args. */
public record NetworkSetAutostartArgs(NonnullNetwork net, int autostart) {
}
