package org.jvirt.rpc.remote;

/** remote_secret_lookup_by_usage_ret. */
public record SecretLookupByUsageRet(NonnullSecret secret) {
}
