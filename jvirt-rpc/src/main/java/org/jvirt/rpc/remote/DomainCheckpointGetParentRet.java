package org.jvirt.rpc.remote;

/** remote_domain_checkpoint_get_parent_ret. */
public record DomainCheckpointGetParentRet(NonnullDomainCheckpoint parent) {
}
