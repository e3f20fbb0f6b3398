package org.jvirt.rpc.remote;

/** remote_domain_interface_stats_args. */
public record DomainInterfaceStatsArgs(NonnullDomain dom, String path) {
}
