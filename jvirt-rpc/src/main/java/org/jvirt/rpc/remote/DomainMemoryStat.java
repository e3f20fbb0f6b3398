package org.jvirt.rpc.remote;

/** remote_domain_memory_stat. */
public record DomainMemoryStat(int tag, long val) {
}
