package org.jvirt.rpc.remote;

/** remote_domain_list_all_snapshots_args. */
public record DomainListAllSnapshotsArgs(NonnullDomain dom, int needResults, int flags) {
}
