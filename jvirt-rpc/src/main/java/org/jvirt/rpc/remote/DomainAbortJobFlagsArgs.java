package org.jvirt.rpc.remote;

/** remote_domain_abort_job_flags_args. */
public record DomainAbortJobFlagsArgs(NonnullDomain dom, int flags) {
}
