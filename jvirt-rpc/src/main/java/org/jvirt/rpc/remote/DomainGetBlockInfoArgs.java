package org.jvirt.rpc.remote;

/** remote_domain_get_block_info_args. */
public record DomainGetBlockInfoArgs(NonnullDomain dom, String path, int flags) {
}
