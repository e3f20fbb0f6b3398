package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrFixed;

/** remote_nonnull_secret. */
public record NonnullSecret(@XdrFixed(16) byte[] uuid, int usageType, String usageID) {
}
