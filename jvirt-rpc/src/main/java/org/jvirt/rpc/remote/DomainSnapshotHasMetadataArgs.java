package org.jvirt.rpc.remote;

/** remote_domain_snapshot_has_metadata_args. */
public record DomainSnapshotHasMetadataArgs(NonnullDomainSnapshot snap, int flags) {
}
