package org.jvirt.rpc.remote;

/** remote_domain_has_current_snapshot_args. */
public record DomainHasCurrentSnapshotArgs(NonnullDomain dom, int flags) {
}
