package org.jvirt.rpc.remote;

/** remote_network_is_persistent_ret. */
public record NetworkIsPersistentRet(int persistent) {
}
