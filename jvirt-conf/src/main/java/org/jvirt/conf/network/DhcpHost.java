package org.jvirt.conf.network;

/**
 * A static DHCP host. {@code mac} is kept exactly as written (libvirt echoes it unchanged); {@code id} is the
 * DHCPv6 client id. At least one of mac/name (IPv4) or id/name (IPv6) is set, and ip always is.
 */
public record DhcpHost(String mac, String id, String name, String ip, DhcpLease lease) {

    public DhcpHost(String mac, String name, String ip) {
        this(mac, null, name, ip, null);
    }
}
