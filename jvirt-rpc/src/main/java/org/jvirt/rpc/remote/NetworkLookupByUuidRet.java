package org.jvirt.rpc.remote;

/** remote_network_lookup_by_uuid_ret. */
public record NetworkLookupByUuidRet(NonnullNetwork net) {
}
