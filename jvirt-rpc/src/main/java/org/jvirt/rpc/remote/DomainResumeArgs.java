package org.jvirt.rpc.remote;

/** remote_domain_resume_args. */
public record DomainResumeArgs(NonnullDomain dom) {
}
