package org.jvirt.rpc.remote;

/** remote_interface_destroy_args. */
public record InterfaceDestroyArgs(NonnullInterface iface, int flags) {
}
