package org.jvirt.rpc.remote;

/** remote_domain_snapshot_num_children_ret. */
public record DomainSnapshotNumChildrenRet(int num) {
}
