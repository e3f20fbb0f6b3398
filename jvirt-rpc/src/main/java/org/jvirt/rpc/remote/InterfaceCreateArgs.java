package org.jvirt.rpc.remote;

/** remote_interface_create_args. */
public record InterfaceCreateArgs(NonnullInterface iface, int flags) {
}
