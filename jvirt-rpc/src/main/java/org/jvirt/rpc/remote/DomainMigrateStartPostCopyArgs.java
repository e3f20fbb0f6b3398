package org.jvirt.rpc.remote;

/** remote_domain_migrate_start_post_copy_args. */
public record DomainMigrateStartPostCopyArgs(NonnullDomain dom, int flags) {
}
