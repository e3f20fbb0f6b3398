package org.jvirt.rpc.remote;

/** remote_domain_get_blkio_parameters_args. */
public record DomainGetBlkioParametersArgs(NonnullDomain dom, int nparams, int flags) {
}
