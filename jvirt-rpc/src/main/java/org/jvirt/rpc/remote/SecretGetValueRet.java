package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_secret_get_value_ret. */
public record SecretGetValueRet(@XdrMax(RemoteLimits.SECRET_VALUE_MAX) byte[] value) {
}
