package org.jvirt.rpc.remote;

/** remote_domain_get_job_info_args. */
public record DomainGetJobInfoArgs(NonnullDomain dom) {
}
