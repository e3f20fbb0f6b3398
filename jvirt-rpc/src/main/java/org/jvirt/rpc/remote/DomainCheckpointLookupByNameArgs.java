package org.jvirt.rpc.remote;

/** remote_domain_checkpoint_lookup_by_name_args. */
public record DomainCheckpointLookupByNameArgs(NonnullDomain dom, String name, int flags) {
}
