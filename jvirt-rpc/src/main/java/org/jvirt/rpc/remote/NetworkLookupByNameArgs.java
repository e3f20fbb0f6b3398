package org.jvirt.rpc.remote;

/** remote_network_lookup_by_name_args. */
public record NetworkLookupByNameArgs(String name) {
}
