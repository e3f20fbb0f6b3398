package org.jvirt.rpc.remote;

/** remote_domain_core_dump_args. */
public record DomainCoreDumpArgs(NonnullDomain dom, String to, int flags) {
}
