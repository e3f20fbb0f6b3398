package org.jvirt.rpc.remote;

/** remote_domain_snapshot_is_current_args. */
public record DomainSnapshotIsCurrentArgs(NonnullDomainSnapshot snap, int flags) {
}
