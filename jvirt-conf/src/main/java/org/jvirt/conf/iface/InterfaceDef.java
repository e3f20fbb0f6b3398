package org.jvirt.conf.iface;

import java.util.List;

/**
 * A host interface definition (libvirt's virInterfaceDef): the top-level interface or one nested in a bridge or
 * bond. Only the part matching {@code type} is set. Strings are kept as libvirt keeps them (it stores the MAC,
 * bridge delay, VLAN tag, gateways and addresses as text and prints them back unchanged).
 *
 * @param startMode "onboot", "hotplug", "none" or null (only on top-level interfaces)
 * @param mtu 0 when absent (only on top-level interfaces)
 * @param link null when neither speed nor state was given (never on bridges)
 */
public record InterfaceDef(InterfaceType type, String name, String startMode, long mtu, List<Protocol> protocols,
        Link link, String mac, Bridge bridge, Bond bond, Vlan vlan) {

    public InterfaceDef {
        protocols = List.copyOf(protocols);
    }

    /** {@code <protocol family>}: ipv4 or ipv6; peerdns -1 unset, 0 no, 1 yes; only the first route's gateway. */
    public record Protocol(String family, boolean autoconf, boolean dhcp, int peerdns, List<Ip> ips, String gateway) {
        public Protocol {
            ips = List.copyOf(ips);
        }
    }

    /** {@code <ip address prefix>}; prefix 0 is not printed. */
    public record Ip(String address, int prefix) {
    }

    /** virNetDevIfLink: speed 0 and state null print nothing. */
    public record Link(long speed, String state) {
    }

    /** stp -1 unset, 0 off, 1 on; delay as written. */
    public record Bridge(int stp, String delay, List<InterfaceDef> interfaces) {
        public Bridge {
            interfaces = List.copyOf(interfaces);
        }
    }

    /**
     * mode null when absent; monitor "mii", "arp" or null; for mii: freq, downdelay, updelay, carrier; for arp:
     * interval, target, validate.
     */
    public record Bond(String mode, String monitor, int freq, int downdelay, int updelay, String carrier,
            int interval, String target, String validate, List<InterfaceDef> interfaces) {
        public Bond {
            interfaces = List.copyOf(interfaces);
        }
    }

    /** {@code <vlan tag><interface name/></vlan>}. */
    public record Vlan(String tag, String device) {
    }
}
