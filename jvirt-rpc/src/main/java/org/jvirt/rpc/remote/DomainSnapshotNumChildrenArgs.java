package org.jvirt.rpc.remote;

/** remote_domain_snapshot_num_children_args. */
public record DomainSnapshotNumChildrenArgs(NonnullDomainSnapshot snap, int flags) {
}
