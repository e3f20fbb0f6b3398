package org.jvirt.rpc.remote;

/** remote_domain_snapshot_list_children_names_args. */
public record DomainSnapshotListChildrenNamesArgs(NonnullDomainSnapshot snap, int maxnames, int flags) {
}
