package org.jvirt.rpc.remote;

/** remote_domain_revert_to_snapshot_args. */
public record DomainRevertToSnapshotArgs(NonnullDomainSnapshot snap, int flags) {
}
