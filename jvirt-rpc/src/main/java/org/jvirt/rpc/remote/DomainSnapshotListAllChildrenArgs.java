package org.jvirt.rpc.remote;

/** remote_domain_snapshot_list_all_children_args. */
public record DomainSnapshotListAllChildrenArgs(NonnullDomainSnapshot snapshot, int needResults, int flags) {
}
