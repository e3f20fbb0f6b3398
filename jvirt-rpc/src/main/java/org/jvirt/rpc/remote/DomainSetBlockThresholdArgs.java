package org.jvirt.rpc.remote;

/** remote_domain_set_block_threshold_args. */
public record DomainSetBlockThresholdArgs(NonnullDomain dom, String dev, long threshold, int flags) {
}
