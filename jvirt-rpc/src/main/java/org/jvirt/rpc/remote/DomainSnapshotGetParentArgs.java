package org.jvirt.rpc.remote;

/** remote_domain_snapshot_get_parent_args. */
public record DomainSnapshotGetParentArgs(NonnullDomainSnapshot snap, int flags) {
}
