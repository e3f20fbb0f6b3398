package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrFixed;

/** remote_nonnull_network_port. */
public record NonnullNetworkPort(NonnullNetwork net, @XdrFixed(16) byte[] uuid) {
}
