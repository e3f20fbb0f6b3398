package org.jvirt.rpc.remote;

/** remote_domain_snapshot_current_ret. */
public record DomainSnapshotCurrentRet(NonnullDomainSnapshot snap) {
}
