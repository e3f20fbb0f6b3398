package org.jvirt.conf.network;

import java.util.Arrays;
import java.util.List;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/**
 * {@code <route>} parse and format (libvirt 9.0's virNetDevIPRouteParseXML/Create/Format; messages start with the
 * network name), plus the network-level check that every gateway is reachable through one of the network's
 * addresses.
 */
final class RouteXml {

    private RouteXml() {
    }

    static RouteDef parse(Element r, String net) {
        String family = NetDom.attr(r, "family");
        String address = NetDom.attr(r, "address");
        String netmask = NetDom.attr(r, "netmask");
        String gateway = NetDom.attr(r, "gateway");
        Integer prefix = null;
        String prefixText = NetDom.attr(r, "prefix");
        if (prefixText != null) {
            Long p = VirNumbers.uip(prefixText, 10);
            if (p == null) {
                throw NetErr.badUnsigned("prefix", "route", prefixText);
            }
            prefix = p.intValue();
        }
        long metric = 0;
        String metricText = NetDom.attr(r, "metric");
        if (metricText != null) {
            Long m = VirNumbers.uip(metricText, 10);
            if (m == null) {
                throw NetErr.badUnsigned("metric", "route", metricText);
            }
            if (m == 0) {
                throw NetErr.zeroAttr("metric", "route");
            }
            metric = m;
        }
        if (address == null) {
            throw NetErr.xml("%s: Missing required address attribute in route definition", net);
        }
        if (gateway == null) {
            throw NetErr.xml("%s: Missing required gateway attribute in route definition", net);
        }
        String addr = NetAddr.canonical(address);
        if (addr == null) {
            throw NetErr.xml("%s: Bad network address '%s' in route definition", net, address);
        }
        String gw = NetAddr.canonical(gateway);
        if (gw == null) {
            throw NetErr.xml("%s: Bad gateway address '%s' in route definition", net, gateway);
        }
        int p = prefix == null ? 0 : prefix;
        String mask = null;
        if (family == null || family.equals("ipv4")) {
            if (!NetAddr.isIpv4(addr)) {
                throw NetErr.xml(family == null ? "%s: No family specified for non-IPv4 address '%s' in route definition"
                        : "%s: IPv4 family specified for non-IPv4 address '%s' in route definition", net, address);
            }
            if (!NetAddr.isIpv4(gw)) {
                // libvirt names the address, not the gateway, in this message
                throw NetErr.xml(family == null ? "%s: No family specified for non-IPv4 gateway '%s' in route definition"
                        : "%s: IPv4 family specified for non-IPv4 gateway '%s' in route definition", net, address);
            }
            if (netmask != null) {
                mask = NetAddr.canonical(netmask);
                if (mask == null) {
                    throw NetErr.xml("%s: Bad netmask address '%s' in route definition", net, netmask);
                }
                if (!NetAddr.isIpv4(mask)) {
                    throw NetErr.xml("%s: Invalid netmask '%s' for address '%s' (both must be IPv4)", net, netmask,
                            address);
                }
                if (prefix != null) {
                    throw NetErr.xml("%s: Route definition cannot have both a prefix and a netmask", net);
                }
            }
            if (Integer.toUnsignedLong(p) > 32) {
                throw NetErr.xml("%s: Invalid prefix %s specified in route definition, must be 0 - 32", net,
                        Integer.toUnsignedString(p));
            }
        } else if (family.equals("ipv6")) {
            if (NetAddr.isIpv4(addr)) {
                throw NetErr.xml("%s: ipv6 family specified for non-IPv6 address '%s' in route definition", net,
                        address);
            }
            if (netmask != null) {
                throw NetErr.xml("%s: Specifying netmask invalid for IPv6 address '%s' in route definition", net,
                        address);
            }
            if (NetAddr.isIpv4(gw)) {
                throw NetErr.xml("%s: ipv6 specified for non-IPv6 gateway address '%s' in route definition", net,
                        gateway);
            }
            if (Integer.toUnsignedLong(p) > 128) {
                throw NetErr.xml("%s: Invalid prefix %s specified in route definition, must be 0 - 128", net,
                        Integer.toUnsignedString(p));
            }
        } else {
            throw NetErr.xml("%s: Unrecognized family '%s' in route definition", net, family);
        }
        byte[] a = NetAddr.bytes(addr);
        byte[] network = mask != null ? NetAddr.maskWith(a, NetAddr.bytes(mask)) : NetAddr.maskByPrefix(a, p);
        if (!Arrays.equals(a, network)) {
            throw NetErr.xml("%s: Address '%s' in route definition is not a network address", net, address);
        }
        return new RouteDef(family, addr, mask, prefix, gw, metric);
    }

    /** Each gateway must sit in the subnet of one of the network's addresses of its family. */
    static void checkGateways(List<RouteDef> routes, List<IpDef> ips, String net) {
        for (RouteDef r : routes) {
            byte[] gw = NetAddr.bytes(r.gateway());
            boolean reachable = false;
            for (IpDef ip : ips) {
                byte[] addr = NetAddr.bytes(ip.address());
                if (addr.length != gw.length) {
                    continue;
                }
                int prefix = ip.effectivePrefix();
                byte[] a = NetAddr.maskByPrefix(addr, prefix);
                byte[] g = NetAddr.maskByPrefix(gw, prefix);
                if (a != null && g != null && Arrays.equals(a, g)) {
                    reachable = true;
                    break;
                }
            }
            if (!reachable) {
                throw NetErr.unsupported("unreachable static route gateway '%s' specified for network '%s'",
                        r.gateway(), net);
            }
        }
    }

    static void format(XmlWriter w, RouteDef r) {
        w.open("route").attrRaw("family", r.family()).attr("address", r.address()).attr("netmask", r.netmask());
        if (r.prefix() != null) {
            w.attr("prefix", Integer.toUnsignedString(r.prefix()));
        }
        w.attr("gateway", r.gateway());
        if (r.metric() != 0) {
            w.attr("metric", Long.toString(r.metric()));
        }
        w.end("route");
    }
}
