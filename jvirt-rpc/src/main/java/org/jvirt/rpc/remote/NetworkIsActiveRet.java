package org.jvirt.rpc.remote;

/** remote_network_is_active_ret. */
public record NetworkIsActiveRet(int active) {
}
