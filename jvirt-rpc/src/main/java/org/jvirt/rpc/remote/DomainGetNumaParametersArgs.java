package org.jvirt.rpc.remote;

/** remote_domain_get_numa_parameters_args. */
public record DomainGetNumaParametersArgs(NonnullDomain dom, int nparams, int flags) {
}
