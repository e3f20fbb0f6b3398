package org.jvirt.rpc.remote;

/** remote_domain_get_block_job_info_ret. */
public record DomainGetBlockJobInfoRet(int found, int type, long bandwidth, long cur, long end) {
}
