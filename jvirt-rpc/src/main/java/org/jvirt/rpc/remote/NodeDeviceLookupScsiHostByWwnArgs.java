package org.jvirt.rpc.remote;

/** remote_node_device_lookup_scsi_host_by_wwn_args. */
public record NodeDeviceLookupScsiHostByWwnArgs(String wwnn, String wwpn, int flags) {
}
