package org.jvirt.rpc.remote;

/** remote_network_port_lookup_by_uuid_ret. */
public record NetworkPortLookupByUuidRet(NonnullNetworkPort port) {
}
