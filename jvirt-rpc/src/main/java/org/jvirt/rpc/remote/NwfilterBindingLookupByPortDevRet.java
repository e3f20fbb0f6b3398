package org.jvirt.rpc.remote;

/** remote_nwfilter_binding_lookup_by_port_dev_ret. */
public record NwfilterBindingLookupByPortDevRet(NonnullNwfilterBinding nwfilter) {
}
