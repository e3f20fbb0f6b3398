package org.jvirt.rpc.remote;

/** remote_domain_snapshot_has_metadata_ret. */
public record DomainSnapshotHasMetadataRet(int metadata) {
}
