package org.jvirt.rpc.remote;

/** remote_domain_get_max_memory_args. */
public record DomainGetMaxMemoryArgs(NonnullDomain dom) {
}
