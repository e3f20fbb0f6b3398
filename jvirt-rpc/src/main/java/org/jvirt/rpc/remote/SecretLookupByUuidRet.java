package org.jvirt.rpc.remote;

/** remote_secret_lookup_by_uuid_ret. */
public record SecretLookupByUuidRet(NonnullSecret secret) {
}
