package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrFixed;

/** remote_secret_lookup_by_uuid_args. */
public record SecretLookupByUuidArgs(@XdrFixed(16) byte[] uuid) {
}
