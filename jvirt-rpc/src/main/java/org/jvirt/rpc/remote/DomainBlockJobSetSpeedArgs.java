package org.jvirt.rpc.remote;

/** remote_domain_block_job_set_speed_args. */
public record DomainBlockJobSetSpeedArgs(NonnullDomain dom, String path, long bandwidth, int flags) {
}
