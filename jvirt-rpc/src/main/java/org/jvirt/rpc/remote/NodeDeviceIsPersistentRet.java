package org.jvirt.rpc.remote;

/** remote_node_device_is_persistent_ret. */
public record NodeDeviceIsPersistentRet(int persistent) {
}
