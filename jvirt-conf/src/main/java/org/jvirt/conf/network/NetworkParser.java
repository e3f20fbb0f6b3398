package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jvirt.Uuids;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/**
 * {@code <network>} element to NetworkDef, checking in libvirt 9.0's order (virNetworkDefParseXML): name,
 * uuid, attributes, domain, bridge, mac, mtu, dns, ips, forward, then the forward-mode consistency checks,
 * so a document with several faults reports the same first error libvirt does.
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
        Boolean ipv6 = yesNo(root, "ipv6", "network");
        Boolean trust = yesNo(root, "trustGuestRxFilters", "network");

        Element domain = NetDom.child(root, "domain");
        String domainName = NetDom.attr(domain, "name");
        Boolean localOnly = yesNo(domain, "localOnly", "domain");

        Element bridgeEl = NetDom.child(root, "bridge");
        String bridgeName = emptyToNull(NetDom.attr(bridgeEl, "name"));
        String zone = emptyToNull(NetDom.attr(bridgeEl, "zone"));
        String stp = emptyToNull(NetDom.attr(bridgeEl, "stp"));
        String delayText = emptyToNull(NetDom.attr(bridgeEl, "delay"));
        long delay = 0;
        if (delayText != null) {
            // strtoul semantics (virStrToLong_ulp): leading blanks and '+', full 64-bit unsigned range;
            // libvirt prints it back with %ld, so values above Long.MAX_VALUE come out negative, as here.
            String digits = delayText.stripLeading();
            digits = digits.startsWith("+") ? digits.substring(1) : digits;
            try {
                if (!digits.matches("[0-9]+")) {
                    throw new NumberFormatException(digits);
                }
                delay = Long.parseUnsignedLong(digits);
            } catch (NumberFormatException e) {
                throw NetErr.xml("Invalid delay value in network '%s'", name);
            }
        }
        String mtm = emptyToNull(NetDom.attr(bridgeEl, "macTableManager"));
        if (mtm != null && !mtm.equals("default") && !mtm.equals("kernel") && !mtm.equals("libvirt")) {
            throw NetErr.xml("Invalid macTableManager setting '%s' in network '%s'", mtm, name);
        }
        if ("default".equals(mtm)) {
            mtm = null; // the table's 0 value, never printed
        }
        BridgeDef bridge = new BridgeDef(bridgeName, zone, !"off".equals(stp), delay, mtm);

        String macText = NetDom.childAttr(root, "mac", "address");
        String mac = null;
        if (macText != null) {
            byte[] m = NetAddr.mac(macText);
            if (m == null) {
                throw NetErr.xml("Invalid bridge mac address '%s' in network '%s'", macText, name);
            }
            if ((m[0] & 1) != 0) {
                throw NetErr.xml("Invalid multicast bridge mac address '%s' in network '%s'", macText, name);
            }
            mac = NetAddr.formatMac(m);
        }

        int mtu = 0;
        String mtuText = NetDom.childAttr(root, "mtu", "size");
        if (mtuText != null) {
            if (!mtuText.matches("[0-9]{1,10}") || Long.parseLong(mtuText) > 0xFFFFFFFFL) {
                throw NetErr.xml("Invalid mtu size '%s' in network '%s'", mtuText, name);
            }
            mtu = (int) Long.parseLong(mtuText);
        }

        Element dnsEl = NetDom.child(root, "dns");
        DnsDef dns = dnsEl == null ? null : NetworkDnsParser.parse(dnsEl, name);

        List<IpDef> ips = new ArrayList<>();
        for (Element ip : NetDom.children(root, "ip")) {
            ips.add(NetworkIpParser.parse(ip, name));
        }

        Element fwdEl = NetDom.child(root, "forward");
        ForwardDef forward = fwdEl == null ? ForwardDef.NONE : NetworkForwardParser.parse(fwdEl, name);

        checkForwardMode(name, forward, bridge, stp != null, ips);
        return new NetworkDef(name, uuid, ipv6, trust, forward, bridge, mtu, mac, domainName, localOnly, dns, ips);
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
                    throw NetErr.xml("%s forwarding requested, but no IP address provided for network '%s'",
                            mode, name);
                }
                if (fwd.interfaces().size() > 1) {
                    throw NetErr.xml("multiple forwarding interfaces specified for network '%s', only one is supported",
                            name);
                }
                if (fwd.mode() == ForwardMode.OPEN && !fwd.interfaces().isEmpty()) {
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
                        throw NetErr.xml("bridge macTableManager setting not allowed in %s mode (network '%s')",
                                mode, name);
                    }
                }
                if (bridge.delay() != 0 || stpGiven || bridge.zone() != null) {
                    throw NetErr.xml("bridge delay/stp/zone options only allowed in route, nat, and isolated mode, "
                            + "not in %s (network '%s')", mode, name);
                }
                if (bridge.name() != null && !fwd.interfaces().isEmpty()) {
                    throw NetErr.xml("A network with forward mode='%s' can specify a bridge name or a forward dev, "
                            + "but not both (network '%s')", mode, name);
                }
            }
        }
    }

    /** virXMLPropTristateBool: absent is null, "yes"/"no", anything else an error from VIR_FROM_XML. */
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

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
