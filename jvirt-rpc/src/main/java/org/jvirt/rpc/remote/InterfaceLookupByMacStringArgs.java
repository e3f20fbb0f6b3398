package org.jvirt.rpc.remote;

/** remote_interface_lookup_by_mac_string_args. */
public record InterfaceLookupByMacStringArgs(String mac) {
}
