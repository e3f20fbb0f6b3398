package org.jvirt.rpc.remote;

/** remote_domain_migrate_get_compression_cache_ret. */
public record DomainMigrateGetCompressionCacheRet(long cacheSize) {
}
