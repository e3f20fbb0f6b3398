package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_network_get_dhcp_leases_ret. */
public record NetworkGetDhcpLeasesRet(@XdrMax(RemoteLimits.NETWORK_DHCP_LEASES_MAX) List<NetworkDhcpLease> leases, int ret) {
}
