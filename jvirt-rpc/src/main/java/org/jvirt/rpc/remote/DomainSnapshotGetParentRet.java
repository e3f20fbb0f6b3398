package org.jvirt.rpc.remote;

/** remote_domain_snapshot_get_parent_ret. */
public record DomainSnapshotGetParentRet(NonnullDomainSnapshot snap) {
}
