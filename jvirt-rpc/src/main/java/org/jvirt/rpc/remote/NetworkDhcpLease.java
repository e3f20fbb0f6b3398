package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_network_dhcp_lease. */
public record NetworkDhcpLease(String iface, long expirytime, int type, @XdrOptional String mac, @XdrOptional String iaid, String ipaddr, int prefix, @XdrOptional String hostname, @XdrOptional String clientid) {
}
