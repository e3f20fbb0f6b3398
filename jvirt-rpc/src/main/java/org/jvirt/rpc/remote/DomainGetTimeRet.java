package org.jvirt.rpc.remote;

/** remote_domain_get_time_ret. */
public record DomainGetTimeRet(long seconds, int nseconds) {
}
