package org.jvirt.rpc.remote;

/** remote_nonnull_domain_checkpoint: a checkpoint as it crosses the wire, its name and then its domain. */
public record NonnullDomainCheckpoint(String name, NonnullDomain dom) {
}
