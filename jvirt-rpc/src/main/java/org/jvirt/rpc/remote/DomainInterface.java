package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;
import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_interface. */
public record DomainInterface(String name, @XdrOptional String hwaddr, @XdrMax(RemoteLimits.DOMAIN_IP_ADDR_MAX) List<DomainIpAddr> addrs) {
}
