package org.jvirt;

/** virDomainInterfaceStatsStruct; -1 means "not available". */
public record InterfaceStats(long rxBytes, long rxPackets, long rxErrs, long rxDrop,
                             long txBytes, long txPackets, long txErrs, long txDrop) {
}
