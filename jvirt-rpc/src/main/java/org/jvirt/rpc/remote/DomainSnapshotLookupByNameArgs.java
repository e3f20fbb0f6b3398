package org.jvirt.rpc.remote;

/** remote_domain_snapshot_lookup_by_name_args. */
public record DomainSnapshotLookupByNameArgs(NonnullDomain dom, String name, int flags) {
}
