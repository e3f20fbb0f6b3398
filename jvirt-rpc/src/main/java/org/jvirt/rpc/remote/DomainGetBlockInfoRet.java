package org.jvirt.rpc.remote;

/** remote_domain_get_block_info_ret. */
public record DomainGetBlockInfoRet(long allocation, long capacity, long physical) {
}
