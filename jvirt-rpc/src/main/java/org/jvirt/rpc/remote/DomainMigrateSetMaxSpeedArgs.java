package org.jvirt.rpc.remote;

/** remote_domain_migrate_set_max_speed_args. */
public record DomainMigrateSetMaxSpeedArgs(NonnullDomain dom, long bandwidth, int flags) {
}
