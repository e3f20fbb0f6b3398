package org.jvirt.rpc.remote;

/** remote_domain_abort_job_args. */
public record DomainAbortJobArgs(NonnullDomain dom) {
}
