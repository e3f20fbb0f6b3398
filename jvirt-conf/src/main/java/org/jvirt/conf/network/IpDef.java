package org.jvirt.conf.network;

import java.util.List;

/**
 * {@code <ip family address netmask|prefix localPtr>} with tftp and DHCP. Addresses are canonical text;
 * prefix is 0 when not given (libvirt's "unset").
 */
public record IpDef(String family, String address, String netmask, int prefix, Boolean localPtr,
        String tftpRoot, List<DhcpRange> ranges, List<DhcpHost> hosts, String bootpFile, String bootpServer) {

    public IpDef {
        ranges = List.copyOf(ranges);
        hosts = List.copyOf(hosts);
    }

    /** An IPv4 {@code <ip address netmask>} with DHCP ranges and hosts. */
    public static IpDef ipv4(String address, String netmask, List<DhcpRange> ranges, List<DhcpHost> hosts) {
        return new IpDef(null, address, netmask, 0, null, null, ranges, hosts, null, null);
    }

    public boolean isIpv6() {
        return address != null && address.indexOf(':') >= 0;
    }

    /** The effective prefix length (virNetworkIPDefPrefix): prefix, else netmask bits, else classful/64. */
    public int effectivePrefix() {
        if (prefix > 0) {
            return prefix;
        }
        if (netmask != null) {
            return NetAddr.maskBits(NetAddr.bytes(netmask));
        }
        if (isIpv6()) {
            return 64;
        }
        int octet = NetAddr.bytes(address)[0] & 0xff;
        if ((octet & 0x80) == 0) {
            return 8;
        } else if ((octet & 0xC0) == 0x80) {
            return 16;
        } else if ((octet & 0xE0) == 0xC0) {
            return 24;
        }
        return -1;
    }

    /** Whether libvirt prints {@code <dhcp>}: it takes a range or a host (a lone bootp is not enough). */
    public boolean hasDhcp() {
        return !ranges.isEmpty() || !hosts.isEmpty();
    }
}
