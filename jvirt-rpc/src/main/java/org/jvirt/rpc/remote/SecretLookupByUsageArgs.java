package org.jvirt.rpc.remote;

/** remote_secret_lookup_by_usage_args. */
public record SecretLookupByUsageArgs(int usageType, String usageID) {
}
