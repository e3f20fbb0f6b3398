package org.jvirt.rpc.remote;

/** remote_domain_get_max_memory_ret. */
public record DomainGetMaxMemoryRet(long memory) {
}
