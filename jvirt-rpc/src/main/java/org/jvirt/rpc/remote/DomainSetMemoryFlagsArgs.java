package org.jvirt.rpc.remote;

/** remote_domain_set_memory_flags_args. */
public record DomainSetMemoryFlagsArgs(NonnullDomain dom, long memory, int flags) {
}
