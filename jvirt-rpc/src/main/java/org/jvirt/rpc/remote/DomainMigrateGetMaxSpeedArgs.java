package org.jvirt.rpc.remote;

/** remote_domain_migrate_get_max_speed_args. */
public record DomainMigrateGetMaxSpeedArgs(NonnullDomain dom, int flags) {
}
