package org.jvirt.rpc.remote;

/** remote_interface_change_begin_args. */
public record InterfaceChangeBeginArgs(int flags) {
}
