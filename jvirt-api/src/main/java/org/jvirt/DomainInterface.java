package org.jvirt;

import java.util.List;

/** virDomainInterface: a guest interface, its MAC (may be null) and addresses. */
public record DomainInterface(String name, String hwaddr, List<Address> addrs) {

    public DomainInterface {
        addrs = List.copyOf(addrs);
    }

    /** virDomainIPAddress: type is VIR_IP_ADDR_TYPE_IPV4 (0) or _IPV6 (1). */
    public record Address(int type, String addr, int prefix) {
    }
}
