package org.jvirt.rpc.remote;

/** remote_domain_migrate_set_max_downtime_args. */
public record DomainMigrateSetMaxDowntimeArgs(NonnullDomain dom, long downtime, int flags) {
}
