package org.jvirt.rpc.remote;

/** remote_interface_is_active_ret. */
public record InterfaceIsActiveRet(int active) {
}
