package org.jvirt.rpc.remote;

/** remote_domain_get_job_stats_args. */
public record DomainGetJobStatsArgs(NonnullDomain dom, int flags) {
}
