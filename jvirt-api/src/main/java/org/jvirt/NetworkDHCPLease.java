package org.jvirt;

/**
 * virNetworkDHCPLease: one lease of a network's DHCP server. type is virIPAddrType (IPv4 0, IPv6 1); mac, iaid,
 * hostname and clientid may be null.
 */
public record NetworkDHCPLease(String iface, long expiryTime, int type, String mac, String iaid, String ipaddr,
                               int prefix, String hostname, String clientid) {
}
