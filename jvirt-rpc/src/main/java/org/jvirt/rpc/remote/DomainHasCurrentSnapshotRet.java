package org.jvirt.rpc.remote;

/** remote_domain_has_current_snapshot_ret. */
public record DomainHasCurrentSnapshotRet(int result) {
}
