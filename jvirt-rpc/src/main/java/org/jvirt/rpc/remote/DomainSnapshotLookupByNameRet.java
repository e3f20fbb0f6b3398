package org.jvirt.rpc.remote;

/** remote_domain_snapshot_lookup_by_name_ret. */
public record DomainSnapshotLookupByNameRet(NonnullDomainSnapshot snap) {
}
