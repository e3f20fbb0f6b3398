package org.jvirt.rpc.remote;

/** remote_node_device_lookup_by_name_ret. */
public record NodeDeviceLookupByNameRet(NonnullNodeDevice dev) {
}
