package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_interface_addresses_ret. */
public record DomainInterfaceAddressesRet(@XdrMax(RemoteLimits.DOMAIN_INTERFACE_MAX) List<DomainInterface> ifaces) {
}
