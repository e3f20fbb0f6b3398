package org.jvirt.conf.network;

/** {@code <range start end>} with an optional lease; addresses in canonical text form. */
public record DhcpRange(String start, String end, DhcpLease lease) {

    public DhcpRange(String start, String end) {
        this(start, end, null);
    }
}
