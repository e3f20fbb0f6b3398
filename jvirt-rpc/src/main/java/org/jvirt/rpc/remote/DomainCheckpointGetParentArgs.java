package org.jvirt.rpc.remote;

/** remote_domain_checkpoint_get_parent_args. */
public record DomainCheckpointGetParentArgs(NonnullDomainCheckpoint checkpoint, int flags) {
}
