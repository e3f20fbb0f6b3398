package org.jvirt.rpc.remote;

/** remote_domain_migrate_set_compression_cache_args. */
public record DomainMigrateSetCompressionCacheArgs(NonnullDomain dom, long cacheSize, int flags) {
}
