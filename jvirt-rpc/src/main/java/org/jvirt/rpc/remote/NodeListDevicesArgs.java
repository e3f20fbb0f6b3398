package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_node_list_devices_args. */
public record NodeListDevicesArgs(@XdrOptional String cap, int maxnames, int flags) {
}
