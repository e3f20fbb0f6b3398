package org.jvirt.rpc.remote;

/** remote_domain_interface_stats_ret. */
public record DomainInterfaceStatsRet(
        long rxBytes, long rxPackets, long rxErrs, long rxDrop, long txBytes, long txPackets, long txErrs,
        long txDrop) {
}
