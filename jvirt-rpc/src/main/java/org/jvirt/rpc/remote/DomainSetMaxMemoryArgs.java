package org.jvirt.rpc.remote;

/** remote_domain_set_max_memory_args. */
public record DomainSetMaxMemoryArgs(NonnullDomain dom, long memory) {
}
