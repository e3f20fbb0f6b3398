package org.jvirt.rpc.remote;

/** remote_network_get_autostart_ret. */
public record NetworkGetAutostartRet(int autostart) {
}
