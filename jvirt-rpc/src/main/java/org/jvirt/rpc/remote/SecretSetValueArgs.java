package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_secret_set_value_args. */
public record SecretSetValueArgs(NonnullSecret secret, @XdrMax(RemoteLimits.SECRET_VALUE_MAX) byte[] value, int flags) {
}
