package org.jvirt.rpc.remote;

/** remote_domain_migrate_get_compression_cache_args. */
public record DomainMigrateGetCompressionCacheArgs(NonnullDomain dom, int flags) {
}
