package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrFixed;

/** remote_nonnull_nwfilter. */
public record NonnullNwfilter(String name, @XdrFixed(16) byte[] uuid) {
}
