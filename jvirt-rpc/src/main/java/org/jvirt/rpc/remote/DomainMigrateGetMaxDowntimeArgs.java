package org.jvirt.rpc.remote;

/** remote_domain_migrate_get_max_downtime_args. */
public record DomainMigrateGetMaxDowntimeArgs(NonnullDomain dom, int flags) {
}
