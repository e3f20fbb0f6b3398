package org.jvirt.rpc.remote;

/** remote_domain_checkpoint_delete_args. */
public record DomainCheckpointDeleteArgs(NonnullDomainCheckpoint checkpoint, int flags) {
}
