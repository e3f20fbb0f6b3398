package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.error.ErrorCode;
import org.w3c.dom.Element;

/** {@code <ip>} with {@code <tftp>} and {@code <dhcp>} (virNetworkIPDefParseXML and helpers, libvirt 9.0). */
final class NetworkIpParser {

    private NetworkIpParser() {
    }

    static IpDef parse(Element ip, String net) {
        String family = NetDom.attr(ip, "family");
        String address = NetDom.attr(ip, "address");
        String netmask = NetDom.attr(ip, "netmask");
        Boolean localPtr = NetworkParser.yesNo(ip, "localPtr", "ip");
        if (address == null) {
            throw NetErr.xml("Missing required address attribute in network '%s'", net);
        }
        String addr = NetAddr.canonical(address);
        if (addr == null) {
            throw NetErr.xml("Invalid address '%s' in network '%s'", address, net);
        }
        int prefix = 0;
        String prefixText = NetDom.attr(ip, "prefix");
        if (prefixText != null) {
            if (!prefixText.matches("[0-9]{1,10}") || Long.parseLong(prefixText) > 0xFFFFFFFFL) {
                throw NetErr.badAttr("prefix", "ip", prefixText, "Expected non-negative integer value");
            }
            prefix = (int) Long.parseLong(prefixText);
        }
        boolean v4 = NetAddr.isIpv4(addr);
        if (family == null) {
            if (!v4) {
                throw NetErr.unsupported("no family specified for non-IPv4 address '%s' in network '%s'", address, net);
            }
        } else if (family.equals("ipv4")) {
            if (!v4) {
                throw NetErr.unsupported("family 'ipv4' specified for non-IPv4 address '%s' in network '%s'",
                        address, net);
            }
        } else if (family.equals("ipv6")) {
            if (v4) {
                throw NetErr.unsupported("Family 'ipv6' specified for non-IPv6 address '%s' in network '%s'",
                        address, net);
            }
        } else {
            throw NetErr.xml("Unrecognized family '%s' in network '%s'", family, net);
        }
        String mask = null;
        if (netmask != null) {
            if (!v4) {
                throw NetErr.unsupported("netmask not supported for address '%s' in network '%s' (IPv4 only)",
                        address, net);
            }
            if (prefix > 0) {
                throw NetErr.unsupported("Network '%s' IP address cannot have both a prefix and a netmask", net);
            }
            mask = NetAddr.canonical(netmask);
            if (mask == null) {
                throw NetErr.xml("Invalid netmask '%s' in network '%s'", netmask, net);
            }
            if (!NetAddr.isIpv4(mask)) {
                throw NetErr.unsupported("network '%s' has invalid netmask '%s' for address '%s' (both must be IPv4)",
                        net, netmask, address);
            }
        } else if (prefix > 0) {
            if (v4 && prefix > 32) {
                throw NetErr.unsupported("Invalid IPv4 prefix '%d' in network '%s'", prefix, net);
            }
            if (!v4 && prefix > 128) {
                throw NetErr.unsupported("Invalid IPv6 prefix '%d' in network '%s'", prefix, net);
            }
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
                        if (v4) {
                            String file = NetDom.attr(c, "file");
                            if (file != null) {
                                bootFile = file;
                                String server = NetDom.attr(c, "server");
                                bootServer = server == null ? null : parseSocket(server);
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        String tftp = null;
        Element tftpEl = NetDom.child(ip, "tftp");
        if (tftpEl != null) {
            if (!v4) {
                throw NetErr.xml("Unsupported <tftp> element in an IPv6 element in network '%s'", net);
            }
            tftp = NetDom.attr(tftpEl, "root");
        }
        return new IpDef(family, addr, mask, prefix, localPtr, tftp, ranges, hosts, bootFile, bootServer);
    }

    private static DhcpRange range(Element r, IpDef ip, String net) {
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
        checkRange(s, e, ip);
        return new DhcpRange(s, e, lease(NetDom.child(r, "lease"), net));
    }

    /** virSocketAddrGetRange's checks, with its VIR_FROM_NONE messages (the trailing space is libvirt's). */
    private static void checkRange(String s, String e, IpDef ip) {
        if (NetAddr.isIpv4(s) != NetAddr.isIpv4(e)) {
            throw NetErr.socket(ErrorCode.INTERNAL_ERROR, "mismatch of address family in range %s - %s", s, e);
        }
        if (NetAddr.isIpv4(s) != NetAddr.isIpv4(ip.address())) {
            throw NetErr.socket(ErrorCode.INTERNAL_ERROR, "mismatch of address family in range %s - %s for network %s",
                    s, e, ip.address());
        }
        int prefix = ip.effectivePrefix();
        if (prefix < 0) {
            throw NetErr.socket(ErrorCode.INTERNAL_ERROR, "bad prefix %d for network %s when checking range %s - %s",
                    prefix, ip.address(), s, e);
        }
        if (!NetAddr.inNetwork(s, ip.address(), prefix) || !NetAddr.inNetwork(e, ip.address(), prefix)) {
            throw NetErr.socket(ErrorCode.INTERNAL_ERROR, "range %s - %s is not entirely within network %s/%d",
                    s, e, ip.address(), prefix);
        }
        if (NetAddr.value(e).compareTo(NetAddr.value(s)) < 0) {
            throw NetErr.socket(ErrorCode.INTERNAL_ERROR, "range %s - %s is reversed ", s, e);
        }
    }

    private static DhcpHost host(Element h, boolean v4, String net) {
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
        String name = NetDom.attr(h, "name");
        String ipText = NetDom.attr(h, "ip");
        String ip = null;
        if (ipText != null) {
            ip = NetAddr.canonical(ipText);
            if (ip == null) {
                throw NetErr.xml("Invalid IP address in static host definition for network '%s'", net);
            }
        }
        if (ip == null) {
            throw NetErr.xml("Missing IP address in static host definition for network '%s'", net);
        }
        if (!v4 && id == null && name == null) {
            throw NetErr.xml("Static host definition in IPv6 network '%s' must have id or name attribute", net);
        }
        if (v4 && mac == null && name == null) {
            throw NetErr.xml("Static host definition in IPv4 network '%s' must have mac or name attribute", net);
        }
        return new DhcpHost(mac, id, name, ip, lease(NetDom.child(h, "lease"), net));
    }

    private static DhcpLease lease(Element l, String net) {
        if (l == null) {
            return null;
        }
        String expiry = NetDom.attr(l, "expiry");
        String unit = NetDom.attr(l, "unit");
        long value = 0;
        if (expiry != null) {
            if (!expiry.matches("[0-9]{1,10}")) {
                throw NetErr.badAttr("expiry", "lease", expiry, "Expected non-negative integer value");
            }
            value = Long.parseLong(expiry);
        }
        if (unit != null && !unit.equals("seconds") && !unit.equals("minutes") && !unit.equals("hours")) {
            throw NetErr.badAttr("unit", "lease", unit, null);
        }
        return new DhcpLease(value, unit == null ? "minutes" : unit);
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
