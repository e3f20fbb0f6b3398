package org.jvirt.rpc.remote;

/** remote_interface_is_active_args. */
public record InterfaceIsActiveArgs(NonnullInterface iface) {
}
