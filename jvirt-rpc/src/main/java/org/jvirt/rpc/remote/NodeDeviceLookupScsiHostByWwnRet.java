package org.jvirt.rpc.remote;

/** remote_node_device_lookup_scsi_host_by_wwn_ret. */
public record NodeDeviceLookupScsiHostByWwnRet(NonnullNodeDevice dev) {
}
