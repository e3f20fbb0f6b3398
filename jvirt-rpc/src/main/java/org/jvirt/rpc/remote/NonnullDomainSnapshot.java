package org.jvirt.rpc.remote;

/** remote_nonnull_domain_snapshot: a snapshot as it crosses the wire, its name and then its domain. */
public record NonnullDomainSnapshot(String name, NonnullDomain dom) {
}
