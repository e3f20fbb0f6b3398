package org.jvirt.rpc.remote;

/** remote_domain_list_all_checkpoints_args. */
public record DomainListAllCheckpointsArgs(NonnullDomain dom, int needResults, int flags) {
}
