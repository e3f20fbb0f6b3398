package org.jvirt.rpc.remote;

/** remote_domain_snapshot_list_names_args. */
public record DomainSnapshotListNamesArgs(NonnullDomain dom, int maxnames, int flags) {
}
