package org.jvirt.rpc.remote;

/** remote_domain_snapshot_delete_args. */
public record DomainSnapshotDeleteArgs(NonnullDomainSnapshot snap, int flags) {
}
