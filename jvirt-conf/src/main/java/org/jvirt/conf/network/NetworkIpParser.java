package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.error.ErrorCode;
import org.w3c.dom.Element;

/**
 * {@code <ip>} with {@code <dhcp>} and {@code <tftp>} (virNetworkIPDefParseXML and helpers, libvirt 9.0): address,
 * netmask and prefix are read before the family rules are applied; DHCP children are taken in document order, so
 * the first faulty one is the one reported; tftp is checked after DHCP.
 */
final class NetworkIpParser {

    private static final String ID_CHARS = "0123456789abcdefABCDEF:";

    private NetworkIpParser() {
    }

    static IpDef parse(Element ip, String net) {
        String family = NetDom.xattr(ip, "family");
        String address = NetDom.xattr(ip, "address");
        if (address == null) {
            throw NetErr.xml("Missing required address attribute in network '%s'", net);
        }
        String addr = NetAddr.canonical(address);
        if (addr == null) {
            throw NetErr.xml("Invalid address '%s' in network '%s'", address, net);
        }
        String netmask = NetDom.xattr(ip, "netmask");
        String mask = null;
        if (netmask != null) {
            mask = NetAddr.canonical(netmask);
            if (mask == null) {
                throw NetErr.xml("Invalid netmask '%s' in network '%s'", netmask, net);
            }
        }
        int prefix = 0;
        String prefixText = NetDom.attr(ip, "prefix");
        if (prefixText != null) {
            Long p = VirNumbers.uip(prefixText, 10);
            if (p == null) {
                throw NetErr.badUnsigned("prefix", "ip", prefixText);
            }
            prefix = p.intValue();
        }
        Boolean localPtr = NetworkParser.yesNo(ip, "localPtr", "ip");
        boolean v4 = NetAddr.isIpv4(addr);
        long uprefix = Integer.toUnsignedLong(prefix);
        if (family == null || family.equals("ipv4")) {
            if (!v4) {
                throw NetErr.unsupported("%s family specified for non-IPv4 address '%s' in network '%s'",
                        family == null ? "no" : "ipv4", address, net);
            }
            if (netmask != null) {
                if (!NetAddr.isIpv4(mask)) {
                    throw NetErr.unsupported("Invalid netmask '%s' for address '%s' in network '%s' (both must be IPv4)",
                            netmask, address, net);
                }
                if (uprefix > 0) {
                    throw NetErr.unsupported("Network '%s' IP address cannot have both a prefix and a netmask", net);
                }
            } else if (uprefix > 32) {
                throw NetErr.unsupported("Invalid IPv4 prefix '%d' in network '%s'", uprefix, net);
            }
        } else if (family.equals("ipv6")) {
            if (v4) {
                throw NetErr.unsupported("Family 'ipv6' specified for non-IPv6 address '%s' in network '%s'", address,
                        net);
            }
            if (netmask != null) {
                throw NetErr.unsupported("netmask not allowed for IPv6 address '%s' in network '%s'", address, net);
            }
            if (uprefix > 128) {
                throw NetErr.unsupported("Invalid IPv6 prefix '%d' in network '%s'", uprefix, net);
            }
        } else {
            throw NetErr.xml("Unrecognized family '%s' in network '%s'", family, net);
        }
        IpDef base = new IpDef(family, addr, mask, prefix, localPtr, null, List.of(), List.of(), null, null);
        List<DhcpRange> ranges = new ArrayList<>();
        List<DhcpHost> hosts = new ArrayList<>();
        String bootFile = null;
        String bootServer = null;
        Element dhcp = NetDom.child(ip, "dhcp");
        if (dhcp != null) {
            for (Element c : NetDom.elements(dhcp)) {
                switch (NetDom.localName(c)) {
                    case "range" -> ranges.add(range(c, base, net));
                    case "host" -> hosts.add(host(c, v4, net));
                    case "bootp" -> {
                        String file = NetDom.attr(c, "file");
                        if (v4 && file != null) {
                            // a later <bootp> replaces an earlier one, server included
                            String server = NetDom.attr(c, "server");
                            bootServer = server == null ? null : parseSocket(server);
                            bootFile = file;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        String tftp = null;
        if (NetDom.child(ip, "tftp") != null) {
            if (!v4) {
                throw NetErr.unsupported("Unsupported <tftp> element in an IPv6 element in network '%s'", net);
            }
            tftp = NetDom.childAttr(ip, "tftp", "root");
        }
        return new IpDef(family, addr, mask, prefix, localPtr, tftp, ranges, hosts, bootFile, bootServer);
    }

    static DhcpRange range(Element r, IpDef ip, String net) {
        String start = NetDom.attr(r, "start");
        if (start == null) {
            throw NetErr.xml("Missing 'start' attribute in dhcp range for network '%s'", net);
        }
        String s = parseSocket(start);
        String end = NetDom.attr(r, "end");
        if (end == null) {
            throw NetErr.xml("Missing 'end' attribute in dhcp range for network '%s'", net);
        }
        String e = parseSocket(end);
        NetRanges.check(s, e, ip.address(), ip.effectivePrefix());
        return new DhcpRange(s, e, lease(NetDom.child(r, "lease")));
    }

    private static DhcpHost host(Element h, boolean v4, String net) {
        return host(h, v4, net, false);
    }

    /** partialOkay: a host to match for deletion needs neither mac/name nor ip (virNetworkDHCPHostDefParseXML). */
    static DhcpHost host(Element h, boolean v4, String net, boolean partialOkay) {
        String mac = NetDom.attr(h, "mac");
        if (mac != null) {
            if (!v4) {
                throw NetErr.xml("Invalid to specify MAC address '%s' in network '%s' IPv6 static host definition",
                        mac, net);
            }
            byte[] m = NetAddr.mac(mac);
            if (m == null) {
                throw NetErr.xml("Cannot parse MAC address '%s' in network '%s'", mac, net);
            }
            if ((m[0] & 1) != 0) {
                throw NetErr.xml("expected unicast mac address, found multicast '%s' in network '%s'", mac, net);
            }
        }
        String id = NetDom.attr(h, "id");
        if (id != null) {
            for (int i = 0; i < id.length(); i++) {
                if (ID_CHARS.indexOf(id.charAt(i)) < 0) {
                    throw NetErr.xml("Invalid character '%c' in id '%s' of network '%s'", id.charAt(i), id, net);
                }
            }
        }
        String name = NetDom.attr(h, "name");
        if (name != null && (name.isEmpty() || !asciiAlnum(name.charAt(0)))) {
            throw NetErr.xml("Cannot use host name '%s' in network '%s'", name, net);
        }
        String ipText = NetDom.attr(h, "ip");
        String ip = null;
        if (ipText != null) {
            ip = NetAddr.canonical(ipText);
            if (ip == null) {
                throw NetErr.xml("Invalid IP address in static host definition for network '%s'", net);
            }
        }
        if (!v4 && id == null && name == null && !partialOkay) {
            throw NetErr.xml("Static host definition in IPv6 network '%s' must have id or name attribute", net);
        }
        if (v4 && mac == null && name == null && !partialOkay) {
            throw NetErr.xml("Static host definition in IPv4 network '%s' must have mac or name attribute", net);
        }
        if (ip == null && !partialOkay) {
            throw NetErr.xml("Missing IP address in static host definition for network '%s'", net);
        }
        return new DhcpHost(mac, id, name, ip, lease(NetDom.child(h, "lease")));
    }

    /** Null when the element is absent or has no expiry (libvirt then keeps no lease at all). */
    private static DhcpLease lease(Element l) {
        if (l == null) {
            return null;
        }
        String expiryText = NetDom.attr(l, "expiry");
        if (expiryText == null) {
            return null;
        }
        Long expiry = VirNumbers.ullp(expiryText, 10);
        if (expiry == null) {
            throw NetErr.badUnsigned("expiry", "lease", expiryText);
        }
        String unit = NetDom.attr(l, "unit");
        if (unit == null) {
            unit = "minutes";
        } else if (!unit.equals("seconds") && !unit.equals("minutes") && !unit.equals("hours")) {
            throw NetErr.badAttr("unit", "lease", unit, null);
        }
        // dnsmasq refuses leases under two minutes; 0 means infinite
        if (expiry != 0 && ((unit.equals("seconds") && Long.compareUnsigned(expiry, 120) < 0)
                || (unit.equals("minutes") && Long.compareUnsigned(expiry, 2) < 0))) {
            throw NetErr.unsupported("The minimum lease time should be greater than 2 minutes");
        }
        return new DhcpLease(expiry, unit);
    }

    private static boolean asciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** virSocketAddrParse failure: a system error from VIR_FROM_NONE with getaddrinfo's message. */
    static String parseSocket(String text) {
        String c = NetAddr.canonical(text);
        if (c == null) {
            throw NetErr.socket(ErrorCode.SYSTEM_ERROR, "Cannot parse socket address '%s': Name or service not known",
                    text);
        }
        return c;
    }
}
