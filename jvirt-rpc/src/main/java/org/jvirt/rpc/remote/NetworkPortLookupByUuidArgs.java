package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrFixed;

/** remote_network_port_lookup_by_uuid_args. */
public record NetworkPortLookupByUuidArgs(NonnullNetwork network, @XdrFixed(16) byte[] uuid) {
}
