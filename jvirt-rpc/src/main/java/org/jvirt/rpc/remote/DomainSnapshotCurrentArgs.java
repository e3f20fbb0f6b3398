package org.jvirt.rpc.remote;

/** remote_domain_snapshot_current_args. */
public record DomainSnapshotCurrentArgs(NonnullDomain dom, int flags) {
}
