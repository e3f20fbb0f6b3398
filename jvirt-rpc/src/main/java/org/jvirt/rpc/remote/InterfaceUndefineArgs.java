package org.jvirt.rpc.remote;

/** remote_interface_undefine_args. */
public record InterfaceUndefineArgs(NonnullInterface iface) {
}
