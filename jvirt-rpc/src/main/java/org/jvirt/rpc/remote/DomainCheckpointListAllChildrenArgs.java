package org.jvirt.rpc.remote;

/** remote_domain_checkpoint_list_all_children_args. */
public record DomainCheckpointListAllChildrenArgs(NonnullDomainCheckpoint checkpoint, int needResults, int flags) {
}
