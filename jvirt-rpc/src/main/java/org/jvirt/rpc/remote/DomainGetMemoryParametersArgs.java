package org.jvirt.rpc.remote;

/** remote_domain_get_memory_parameters_args. */
public record DomainGetMemoryParametersArgs(NonnullDomain dom, int nparams, int flags) {
}
