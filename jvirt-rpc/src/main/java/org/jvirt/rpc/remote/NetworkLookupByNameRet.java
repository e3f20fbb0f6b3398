package org.jvirt.rpc.remote;

/** remote_network_lookup_by_name_ret. */
public record NetworkLookupByNameRet(NonnullNetwork net) {
}
