package org.jvirt.rpc.remote;

/** remote_domain_core_dump_with_format_args. */
public record DomainCoreDumpWithFormatArgs(NonnullDomain dom, String to, int dumpformat, int flags) {
}
