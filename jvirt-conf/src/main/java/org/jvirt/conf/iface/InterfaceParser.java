package org.jvirt.conf.iface;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.iface.InterfaceDef.Bond;
import org.jvirt.conf.iface.InterfaceDef.Bridge;
import org.jvirt.conf.iface.InterfaceDef.Ip;
import org.jvirt.conf.iface.InterfaceDef.Link;
import org.jvirt.conf.iface.InterfaceDef.Protocol;
import org.jvirt.conf.iface.InterfaceDef.Vlan;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.conf.xml.XmlElements;
import org.w3c.dom.Element;

/**
 * {@code <interface>} -> {@link InterfaceDef} in libvirt 9.0's order and with its messages (interface_conf.c).
 * Values libvirt reads through an XPath string() are the first match and an empty text counts as absent; values
 * it reads as attributes of the element itself keep an empty text.
 */
final class InterfaceParser {

    /** What a nested interface sits in; TOP for the document's own interface (VIR_INTERFACE_TYPE_LAST). */
    private enum Parent { TOP, BRIDGE, BOND }

    private static final List<String> LINK_STATES = List.of("", "unknown", "notpresent", "down", "lowerlayerdown",
            "testing", "dormant", "up");
    private static final List<String> BOND_MODES = List.of("balance-rr", "active-backup", "balance-xor",
            "broadcast", "802.3ad", "balance-tlb", "balance-alb");

    private InterfaceParser() {
    }

    static InterfaceDef parse(Element root) {
        return parse(root, Parent.TOP);
    }

    private static InterfaceDef parse(Element e, Parent parent) {
        String typeText = XmlElements.attr(e, "type");
        if (typeText == null) {
            throw IfaceErr.missingAttr("type", "interface");
        }
        InterfaceType type = InterfaceType.of(typeText);
        if (type == null) {
            throw IfaceErr.badAttr("type", "interface", typeText, null);
        }
        boolean allowed = switch (parent) {
            case TOP -> true;
            case BOND -> type == InterfaceType.ETHERNET;
            case BRIDGE -> type != InterfaceType.BRIDGE;
        };
        if (!allowed) {
            throw IfaceErr.xml("interface has unsupported type '%s'", type.xmlName());
        }
        String name = XmlElements.attr(e, "name");
        if (name == null) {
            throw IfaceErr.xml("interface has no name");
        }
        String startMode = null;
        long mtu = 0;
        List<Protocol> protocols = List.of();
        if (parent == Parent.TOP) {
            startMode = startMode(e);
            mtu = mtu(e);
            protocols = protocols(e);
        }
        Link link = type == InterfaceType.BRIDGE ? null : link(XmlElements.child(e, "link"));
        String mac = null;
        Bridge bridge = null;
        Bond bond = null;
        Vlan vlan = null;
        switch (type) {
            case ETHERNET -> mac = xpath(e, "mac", "address");
            case BRIDGE -> {
                Element b = XmlElements.child(e, "bridge");
                if (b == null) {
                    throw IfaceErr.xml("bridge interface misses the bridge element");
                }
                bridge = bridge(b);
            }
            case BOND -> {
                Element b = XmlElements.child(e, "bond");
                if (b == null) {
                    throw IfaceErr.xml("bond interface misses the bond element");
                }
                bond = bond(b);
            }
            case VLAN -> {
                Element v = XmlElements.child(e, "vlan");
                if (v == null) {
                    throw IfaceErr.xml("vlan interface misses the vlan element");
                }
                vlan = vlan(v);
            }
        }
        return new InterfaceDef(type, name, startMode, mtu, protocols, link, mac, bridge, bond, vlan);
    }

    /** string(./CHILD/@ATTR): the first CHILD carrying ATTR; an empty text is no value (virXPathString). */
    static String xpath(Element parent, String child, String attr) {
        for (Element c : XmlElements.children(parent, child)) {
            String v = XmlElements.attr(c, attr);
            if (v != null) {
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static String startMode(Element e) {
        String mode = xpath(e, "start", "mode");
        if (mode == null || mode.equals("onboot") || mode.equals("hotplug") || mode.equals("none")) {
            return mode;
        }
        throw IfaceErr.xml("unknown interface startmode %s", mode);
    }

    /** 9.0 fails a size that is not a number without reporting why (python sees "the cause is unknown"). */
    private static long mtu(Element e) {
        String size = xpath(e, "mtu", "size");
        if (size == null) {
            return 0;
        }
        Long v = VirNumbers.uip(size, 10);
        if (v == null) {
            throw IfaceErr.unknown();
        }
        if (v > 100000) {
            throw IfaceErr.xml("value of the 'size' attribute of 'mtu' element must be at most 100000");
        }
        return v;
    }

    private static List<Protocol> protocols(Element e) {
        List<Protocol> out = new ArrayList<>();
        for (Element p : XmlElements.children(e, "protocol")) {
            String family = XmlElements.attr(p, "family");
            if (family == null) {
                throw IfaceErr.xml("protocol misses the family attribute");
            }
            boolean v6 = family.equals("ipv6");
            if (!v6 && !family.equals("ipv4")) {
                throw IfaceErr.xml("unsupported protocol family '%s'", family);
            }
            Element first = XmlElements.child(p, "route");
            String gateway = first == null ? null : emptyIsNull(XmlElements.attr(first, "gateway"));
            boolean autoconf = v6 && XmlElements.child(p, "autoconf") != null;
            Element dhcp = XmlElements.child(p, "dhcp");
            int peerdns = -1;
            if (dhcp != null) {
                String pd = XmlElements.attr(dhcp, "peerdns");
                if (pd != null) {
                    if (!pd.equals("yes") && !pd.equals("no")) {
                        throw IfaceErr.badAttr("peerdns", "dhcp", pd, null);
                    }
                    peerdns = pd.equals("yes") ? 1 : 0;
                }
            }
            List<Ip> ips = new ArrayList<>();
            for (Element ip : XmlElements.children(p, "ip")) {
                String address = XmlElements.attr(ip, "address");
                int prefix = 0;
                if (address != null) {
                    String pfx = XmlElements.attr(ip, "prefix");
                    if (pfx != null) {
                        Integer v = VirNumbers.i(pfx, 0);
                        if (v == null) {
                            throw IfaceErr.badAttr("prefix", "ip", pfx, "Expected integer value");
                        }
                        prefix = v;
                    }
                }
                ips.add(new Ip(address, prefix));
            }
            out.add(new Protocol(family, autoconf, dhcp != null, peerdns, ips, gateway));
        }
        return out;
    }

    private static String emptyIsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** virInterfaceLinkParseXML: the state (an empty one is state 0, printed as nothing), then the speed. */
    private static Link link(Element l) {
        if (l == null) {
            return null;
        }
        String state = XmlElements.attr(l, "state");
        if (state != null && !LINK_STATES.contains(state)) {
            throw IfaceErr.badAttr("state", "link", state, null);
        }
        String speedText = XmlElements.attr(l, "speed");
        long speed = 0;
        if (speedText != null) {
            Long v = VirNumbers.uip(speedText, 10);
            if (v == null) {
                throw IfaceErr.badAttr("speed", "link", speedText, "Expected non-negative integer value");
            }
            speed = v;
        }
        String st = state == null || state.isEmpty() ? null : state;
        return speed == 0 && st == null ? null : new Link(speed, st);
    }

    /** An stp other than on/off ends the bridge there: libvirt reports it but returns success. */
    private static Bridge bridge(Element b) {
        String stpText = XmlElements.attr(b, "stp");
        int stp = -1;
        if (stpText != null) {
            if (stpText.equals("on")) {
                stp = 1;
            } else if (stpText.equals("off")) {
                stp = 0;
            } else {
                return new Bridge(-1, null, List.of());
            }
        }
        String delay = XmlElements.attr(b, "delay");
        List<InterfaceDef> itfs = new ArrayList<>();
        for (Element c : XmlElements.children(b, "interface")) {
            itfs.add(parse(c, Parent.BRIDGE));
        }
        return new Bridge(stp, delay, itfs);
    }

    private static Bond bond(Element b) {
        String modeText = emptyIsNull(XmlElements.attr(b, "mode"));
        if (modeText != null && !BOND_MODES.contains(modeText)) {
            throw IfaceErr.xml("unknown bonding mode %s", modeText);
        }
        List<InterfaceDef> itfs = new ArrayList<>();
        for (Element c : XmlElements.children(b, "interface")) {
            itfs.add(parse(c, Parent.BOND));
        }
        String monitor = null;
        int freq = 0;
        int down = 0;
        int up = 0;
        String carrier = null;
        int interval = 0;
        String target = null;
        String validate = null;
        if (XmlElements.child(b, "miimon") != null) {
            monitor = "mii";
            freq = xpathInt(b, "miimon", "freq", true, "bond interface miimon freq missing or invalid");
            down = xpathInt(b, "miimon", "downdelay", false, "bond interface miimon downdelay invalid");
            up = xpathInt(b, "miimon", "updelay", false, "bond interface miimon updelay invalid");
            carrier = xpath(b, "miimon", "carrier");
            if (carrier != null && !carrier.equals("ioctl") && !carrier.equals("netif")) {
                throw IfaceErr.xml("unknown mii bonding carrier %s", carrier);
            }
        } else if (XmlElements.child(b, "arpmon") != null) {
            monitor = "arp";
            interval = xpathInt(b, "arpmon", "interval", true, "bond interface arpmon interval missing or invalid");
            target = xpath(b, "arpmon", "target");
            if (target == null) {
                throw IfaceErr.xml("bond interface arpmon target missing");
            }
            validate = xpath(b, "arpmon", "validate");
            if (validate != null && !validate.equals("active") && !validate.equals("backup")
                    && !validate.equals("all")) {
                throw IfaceErr.xml("unknown arp bonding validate %s", validate);
            }
        }
        return new Bond(modeText, monitor, freq, down, up, carrier, interval, target, validate, itfs);
    }

    /** virXPathInt: base 10; absent (or empty) is an error only when required. */
    private static int xpathInt(Element b, String child, String attr, boolean required, String message) {
        String s = xpath(b, child, attr);
        if (s == null) {
            if (required) {
                throw IfaceErr.xml(message);
            }
            return 0;
        }
        Integer v = VirNumbers.i(s, 10);
        if (v == null) {
            throw IfaceErr.xml(message);
        }
        return v;
    }

    private static Vlan vlan(Element v) {
        String tag = emptyIsNull(XmlElements.attr(v, "tag"));
        if (tag == null) {
            throw IfaceErr.xml("vlan interface misses the tag attribute");
        }
        String dev = xpath(v, "interface", "name");
        if (dev == null) {
            throw IfaceErr.xml("vlan interface misses name attribute");
        }
        return new Vlan(tag, dev);
    }
}
