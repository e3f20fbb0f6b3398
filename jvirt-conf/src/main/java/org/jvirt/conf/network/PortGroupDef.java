package org.jvirt.conf.network;

/**
 * {@code <portgroup name default trustGuestRxFilters>} with its vlan, virtualport and bandwidth (virPortGroupDef).
 * Any of the three children may be null.
 */
public record PortGroupDef(String name, boolean isDefault, Boolean trustGuestRxFilters, VlanDef vlan,
        VirtualPortDef virtualPort, BandwidthDef bandwidth) {
}
