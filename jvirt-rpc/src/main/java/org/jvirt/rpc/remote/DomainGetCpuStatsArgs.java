package org.jvirt.rpc.remote;

/** remote_domain_get_cpu_stats_args. */
public record DomainGetCpuStatsArgs(NonnullDomain dom, int nparams, int startCpu, int ncpus, int flags) {
}
