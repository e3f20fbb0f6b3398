package org.jvirt.rpc.remote;

/** remote_domain_get_scheduler_parameters_flags_args. */
public record DomainGetSchedulerParametersFlagsArgs(NonnullDomain dom, int nparams, int flags) {
}
