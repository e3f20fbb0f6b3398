package org.jvirt.rpc.remote;

/** remote_domain_snapshot_is_current_ret. */
public record DomainSnapshotIsCurrentRet(int current) {
}
