package org.jvirt.rpc.remote;

/** remote_domain_block_resize_args. */
public record DomainBlockResizeArgs(NonnullDomain dom, String disk, long size, int flags) {
}
