package org.jvirt.rpc.remote;

/** remote_domain_snapshot_num_args. */
public record DomainSnapshotNumArgs(NonnullDomain dom, int flags) {
}
