package org.jvirt.rpc.remote;

/** remote_domain_set_memory_args. */
public record DomainSetMemoryArgs(NonnullDomain dom, long memory) {
}
