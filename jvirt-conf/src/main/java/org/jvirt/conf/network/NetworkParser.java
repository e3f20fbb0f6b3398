package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jvirt.Uuids;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/**
 * {@code <network>} element to NetworkDef, reading in libvirt 9.0's order (virNetworkDefParseXML): name, uuid,
 * attributes, domain, bandwidth, vlan, port, bridge, mac, mtu, dns, virtualport, portgroups, ips, routes (then
 * their gateways), forward, the forward-mode consistency checks, and last the dnsmasq namespace; so a document
 * with several faults reports the same first error libvirt does.
 */
final class NetworkParser {

    private NetworkParser() {
    }

    static NetworkDef parse(Element root, NetworkParseOptions opts) {
        String name = NetDom.childText(root, "name");
        if (name == null) {
            throw VirtException.of(ErrorCode.NO_NAME, ErrorDomain.NETWORK, (String) null);
        }
        if (name.indexOf('/') >= 0) {
            throw VirtException.of(ErrorCode.XML_DETAIL, ErrorDomain.XML, "invalid char in name: /");
        }
        String uuidText = NetDom.childText(root, "uuid");
        UUID uuid;
        if (uuidText == null) {
            uuid = opts.uuidGenerator().get();
        } else {
            uuid = Uuids.tryParse(uuidText);
            if (uuid == null) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NETWORK, "malformed uuid element");
            }
        }
        NetworkDef.Builder b = NetworkDef.builder(name, uuid);
        String ipv6 = NetDom.xattr(root, "ipv6");
        if (ipv6 != null) {
            if (!ipv6.equals("yes") && !ipv6.equals("no")) {
                throw NetErr.xml("Invalid ipv6 setting '%s' in network '%s'", ipv6, name);
            }
            b.ipv6(ipv6.equals("yes"));
        }
        b.trustGuestRxFilters(yesNo(root, "trustGuestRxFilters", "network"));

        Element domain = NetDom.child(root, "domain");
        b.domainName(NetDom.attr(domain, "name")).domainLocalOnly(yesNo(domain, "localOnly", "domain"));

        Element bw = NetDom.child(root, "bandwidth");
        if (bw != null) {
            b.bandwidth(BandwidthXml.parse(bw, false));
        }
        Element vlan = NetDom.child(root, "vlan");
        if (vlan != null) {
            b.vlan(VlanXml.parse(vlan));
        }
        b.isolatedPort(yesNo(NetDom.child(root, "port"), "isolated", "port"));

        Element bridgeEl = NetDom.child(root, "bridge");
        String stp = NetDom.xattr(bridgeEl, "stp");
        BridgeDef bridge = bridge(bridgeEl, stp, name);
        b.bridge(bridge);

        String macText = NetDom.childAttr(root, "mac", "address");
        if (macText != null) {
            byte[] m = NetAddr.mac(macText);
            if (m == null) {
                throw NetErr.xml("Invalid bridge mac address '%s' in network '%s'", macText, name);
            }
            if ((m[0] & 1) != 0) {
                throw NetErr.xml("Invalid multicast bridge mac address '%s' in network '%s'", macText, name);
            }
            b.mac(NetAddr.formatMac(m));
        }

        int mtu = 0;
        String mtuText = NetDom.childAttr(root, "mtu", "size");
        if (mtuText != null) {
            Long v = VirNumbers.ui(mtuText, 10);
            if (v == null) {
                throw NetErr.xml("Invalid mtu size '%s' in network '%s'", mtuText, name);
            }
            mtu = v.intValue();
        }
        b.mtu(mtu);

        Element dnsEl = NetDom.child(root, "dns");
        if (dnsEl != null) {
            b.dns(NetworkDnsParser.parse(dnsEl, name));
        }
        Element vp = NetDom.child(root, "virtualport");
        if (vp != null) {
            b.virtualPort(VirtualPortXml.parse(vp, true));
        }
        List<PortGroupDef> portGroups = new ArrayList<>();
        for (Element pg : NetDom.children(root, "portgroup")) {
            portGroups.add(PortGroupXml.parse(pg));
        }
        b.portGroups(portGroups);

        List<IpDef> ips = new ArrayList<>();
        for (Element ip : NetDom.children(root, "ip")) {
            ips.add(NetworkIpParser.parse(ip, name));
        }
        b.ips(ips);
        List<RouteDef> routes = new ArrayList<>();
        for (Element r : NetDom.children(root, "route")) {
            routes.add(RouteXml.parse(r, name));
        }
        RouteXml.checkGateways(routes, ips, name);
        b.routes(routes);

        Element fwdEl = NetDom.child(root, "forward");
        ForwardDef forward = fwdEl == null ? ForwardDef.NONE : NetworkForwardParser.parse(fwdEl, name);
        b.forward(forward);

        checkForwardMode(name, forward, bridge, stp != null, ips);
        if (mtu != 0 && !forward.mode().managesBridge()) {
            throw NetErr.xml("mtu size only allowed in open, route, nat, and isolated mode, not in %s (network '%s')",
                    forward.mode().xmlName(), name);
        }
        if (opts.dnsmasqNamespace()) {
            b.dnsmasqOptions(DnsmasqXml.parse(root));
        }
        return b.build();
    }

    /** {@code <bridge>}: all attributes read with XPath, so empty ones count as absent. */
    private static BridgeDef bridge(Element bridgeEl, String stp, String net) {
        String delayText = NetDom.xattr(bridgeEl, "delay");
        long delay = 0;
        if (delayText != null) {
            // virStrToLong_ulp; libvirt prints it back with %ld, so values above Long.MAX_VALUE come out negative
            Long v = VirNumbers.ullp(delayText, 10);
            if (v == null) {
                throw NetErr.xml("Invalid delay value in network '%s'", net);
            }
            delay = v;
        }
        String mtm = NetDom.xattr(bridgeEl, "macTableManager");
        if (mtm != null && !mtm.equals("kernel") && !mtm.equals("libvirt")) {
            // "default" is the table's 0 value, which libvirt refuses to be named explicitly
            throw NetErr.xml("Invalid macTableManager setting '%s' in network '%s'", mtm, net);
        }
        return new BridgeDef(NetDom.xattr(bridgeEl, "name"), NetDom.xattr(bridgeEl, "zone"), !"off".equals(stp), delay,
                mtm);
    }

    /** Settings that must agree with the forward mode (the switch at the end of virNetworkDefParseXML). */
    private static void checkForwardMode(String name, ForwardDef fwd, BridgeDef bridge, boolean stpGiven,
            List<IpDef> ips) {
        String mode = fwd.mode().xmlName();
        switch (fwd.mode()) {
            case NONE -> {
            }
            case NAT, ROUTE, OPEN -> {
                if (ips.isEmpty()) {
                    throw NetErr.xml("%s forwarding requested, but no IP address provided for network '%s'", mode,
                            name);
                }
                if (fwd.ifs().size() > 1) {
                    throw NetErr.xml("multiple forwarding interfaces specified for network '%s', only one is supported",
                            name);
                }
                if (fwd.mode() == ForwardMode.OPEN && !fwd.ifs().isEmpty()) {
                    throw NetErr.xml("forward dev not allowed for network '%s' with forward mode='%s'", name, mode);
                }
            }
            case PRIVATE, VEPA, PASSTHROUGH, HOSTDEV, BRIDGE -> {
                if (fwd.mode() != ForwardMode.BRIDGE) {
                    if (bridge.name() != null) {
                        throw NetErr.xml("bridge name not allowed in %s mode (network '%s')", mode, name);
                    }
                    if (bridge.zone() != null) {
                        throw NetErr.xml("bridge zone not allowed in %s mode (network '%s')", mode, name);
                    }
                    if (bridge.macTableManager() != null) {
                        throw NetErr.xml("bridge macTableManager setting not allowed in %s mode (network '%s')", mode,
                                name);
                    }
                }
                if (bridge.delay() != 0 || stpGiven || bridge.zone() != null) {
                    throw NetErr.xml("bridge delay/stp/zone options only allowed in route, nat, and isolated mode, "
                            + "not in %s (network '%s')", mode, name);
                }
                if (bridge.name() != null && (!fwd.ifs().isEmpty() || fwd.pf() != null)) {
                    throw NetErr.xml("A network with forward mode='%s' can specify a bridge name or a forward dev, "
                            + "but not both (network '%s')", mode, name);
                }
            }
        }
    }

    /** virXMLPropTristateBool: absent is null, "yes"/"no", anything else (even "") an error from VIR_FROM_XML. */
    static Boolean yesNo(Element e, String attr, String element) {
        String v = NetDom.attr(e, attr);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> throw NetErr.badAttr(attr, element, v, null);
        };
    }
}
