package org.jvirt.rpc.remote;

/** remote_interface_change_rollback_args. */
public record InterfaceChangeRollbackArgs(int flags) {
}
