package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrFixed;

/** remote_nonnull_network. */
public record NonnullNetwork(String name, @XdrFixed(16) byte[] uuid) {
}
