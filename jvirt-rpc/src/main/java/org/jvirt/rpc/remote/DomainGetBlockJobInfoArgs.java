package org.jvirt.rpc.remote;

/** remote_domain_get_block_job_info_args. */
public record DomainGetBlockJobInfoArgs(NonnullDomain dom, String path, int flags) {
}
