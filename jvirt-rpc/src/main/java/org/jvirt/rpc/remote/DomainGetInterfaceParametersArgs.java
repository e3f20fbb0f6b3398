package org.jvirt.rpc.remote;


/** remote_domain_get_interface_parameters_args. */
public record DomainGetInterfaceParametersArgs(NonnullDomain dom, String device, int nparams, int flags) {
}
