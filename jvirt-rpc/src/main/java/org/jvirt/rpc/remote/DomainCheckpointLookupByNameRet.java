package org.jvirt.rpc.remote;

/** remote_domain_checkpoint_lookup_by_name_ret. */
public record DomainCheckpointLookupByNameRet(NonnullDomainCheckpoint checkpoint) {
}
