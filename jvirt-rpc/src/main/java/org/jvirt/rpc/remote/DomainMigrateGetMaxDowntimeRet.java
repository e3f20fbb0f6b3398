package org.jvirt.rpc.remote;

/** remote_domain_migrate_get_max_downtime_ret. */
public record DomainMigrateGetMaxDowntimeRet(long downtime) {
}
