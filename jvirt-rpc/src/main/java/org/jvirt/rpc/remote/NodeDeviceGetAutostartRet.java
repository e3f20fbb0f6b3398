package org.jvirt.rpc.remote;

/** remote_node_device_get_autostart_ret. */
public record NodeDeviceGetAutostartRet(int autostart) {
}
