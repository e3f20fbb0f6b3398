package org.jvirt.rpc.remote;

/** remote_domain_get_scheduler_parameters_args. */
public record DomainGetSchedulerParametersArgs(NonnullDomain dom, int nparams) {
}
