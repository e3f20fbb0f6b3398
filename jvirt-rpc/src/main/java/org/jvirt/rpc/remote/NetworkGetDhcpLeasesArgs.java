package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_network_get_dhcp_leases_args. */
public record NetworkGetDhcpLeasesArgs(NonnullNetwork net, @XdrOptional String mac, int needResults, int flags) {
}
