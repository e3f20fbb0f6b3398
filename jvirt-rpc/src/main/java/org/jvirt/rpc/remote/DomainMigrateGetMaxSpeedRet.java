package org.jvirt.rpc.remote;

/** remote_domain_migrate_get_max_speed_ret. */
public record DomainMigrateGetMaxSpeedRet(long bandwidth) {
}
