package org.jvirt.rpc.remote;

/** remote_domain_is_persistent_args. */
public record DomainIsPersistentArgs(NonnullDomain dom) {
}
