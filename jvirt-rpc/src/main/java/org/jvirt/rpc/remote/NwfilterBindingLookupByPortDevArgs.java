package org.jvirt.rpc.remote;

/** remote_nwfilter_binding_lookup_by_port_dev_args. */
public record NwfilterBindingLookupByPortDevArgs(String name) {
}
