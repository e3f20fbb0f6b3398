package org.jvirt.rpc.remote;

/** remote_domain_block_job_abort_args. */
public record DomainBlockJobAbortArgs(NonnullDomain dom, String path, int flags) {
}
