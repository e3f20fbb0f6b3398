package org.jvirt.rpc.remote;

/** remote_interface_lookup_by_name_args. */
public record InterfaceLookupByNameArgs(String name) {
}
