package org.jvirt.conf.network;

import java.util.Arrays;
import org.jvirt.error.ErrorCode;

/**
 * virSocketAddrGetRange's checks of a start-end range, with its VIR_FROM_NONE messages as libvirt 9.0 words them
 * (the trailing space after "reversed" and the double space in "when  checking" are libvirt's). With a network
 * (DHCP ranges) the range must lie inside it and, for IPv4, avoid its network and broadcast addresses; without
 * one (NAT address ranges) only the size and order are checked. Sizes keep libvirt's legacy rule: all but the
 * last 16 bits of both ends must agree.
 */
final class NetRanges {

    private NetRanges() {
    }

    /** Throws the first fault libvirt reports; addresses are canonical text. */
    static void check(String start, String end, String network, int prefix) {
        byte[] s = NetAddr.bytes(start);
        byte[] e = NetAddr.bytes(end);
        if (s.length != e.length) {
            throw fail("mismatch of address family in range %s - %s", start, end);
        }
        if (network != null) {
            byte[] n = NetAddr.bytes(network);
            if (s.length != n.length) {
                throw fail("mismatch of address family in range %s - %s for network %s", start, end, network);
            }
            if (prefix < 0 || prefix > n.length * 8) {
                throw fail("bad prefix %d for network %s when  checking range %s - %s", prefix, network, start, end);
            }
            if (!NetAddr.inNetwork(start, network, prefix) || !NetAddr.inNetwork(end, network, prefix)) {
                throw fail("range %s - %s is not entirely within network %s/%d", start, end, network, prefix);
            }
            if (n.length == 4) {
                if (Arrays.equals(s, NetAddr.maskByPrefix(n, prefix))) {
                    throw fail("start of range %s - %s in network %s/%d is the network address", start, end, network,
                            prefix);
                }
                if (Arrays.equals(e, NetAddr.broadcast(n, prefix))) {
                    throw fail("end of range %s - %s in network %s/%d is the broadcast address", start, end, network,
                            prefix);
                }
            }
        }
        int fixed = s.length - 2;
        for (int i = 0; i < fixed; i++) {
            if (s[i] != e[i]) {
                throw fail("range %s - %s is too large (> 65535)", start, end);
            }
        }
        int span = ((e[fixed] & 0xff) - (s[fixed] & 0xff)) * 256 + ((e[fixed + 1] & 0xff) - (s[fixed + 1] & 0xff));
        if (span < 0) {
            throw s.length == 4 ? fail("range %s - %s is reversed ", start, end)
                    : fail("range %s - %s start larger than end", start, end);
        }
    }

    private static org.jvirt.error.VirtException fail(String fmt, Object... args) {
        return NetErr.socket(ErrorCode.INTERNAL_ERROR, fmt, args);
    }
}
