package org.jvirt.rpc.remote;

/** remote_domain_snapshot_num_ret. */
public record DomainSnapshotNumRet(int num) {
}
