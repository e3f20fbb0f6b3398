package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.error.ErrorCode;
import org.w3c.dom.Element;

/**
 * {@code <forward>} (virNetworkForwardDefParseXML / virNetworkForwardNatDefParseXML in libvirt 9.0). The pool is
 * taken from the first kind present in this order: the {@code dev} attribute with {@code <interface>}s, else PCI
 * {@code <address>}es, else one {@code <pf>}; the other kinds are then ignored, as libvirt does.
 */
final class NetworkForwardParser {

    private NetworkForwardParser() {
    }

    static ForwardDef parse(Element fwd, String net) {
        String modeText = NetDom.xattr(fwd, "mode");
        ForwardMode mode = ForwardMode.NAT; // <forward/> without a mode means NAT
        if (modeText != null) {
            mode = ForwardMode.fromXml(modeText);
            if (mode == null) {
                throw NetErr.unsupported("unknown forwarding type '%s'", modeText);
            }
        }
        boolean managed = NetDom.asciiEqualsIgnoreCase(NetDom.xattr(fwd, "managed"), "yes");
        String driver = NetDom.childAttr(fwd, "driver", "name");
        if (driver != null && !driver.equals("kvm") && !driver.equals("vfio")) {
            throw NetErr.unsupported("Unknown forward <driver name='%s'/> in network %s", driver, net);
        }
        List<Element> ifEls = NetDom.children(fwd, "interface");
        List<Element> addrEls = NetDom.children(fwd, "address");
        List<Element> pfEls = NetDom.children(fwd, "pf");
        List<Element> natEls = NetDom.children(fwd, "nat");
        NatDef nat = NatDef.NONE;
        if (natEls.size() > 1) {
            throw NetErr.xml("Only one <nat> element is allowed in <forward> of network %s", net);
        } else if (natEls.size() == 1) {
            nat = parseNat(natEls.get(0), mode, net);
        }
        String dev = NetDom.xattr(fwd, "dev");
        if (dev != null && (!addrEls.isEmpty() || !pfEls.isEmpty())) {
            // libvirt 9.0 leaves the %s of this message unfilled
            throw NetErr.xmlVerbatim("the <forward> 'dev' attribute cannot be used when <address> or <pf> "
                    + "sub-elements are present in network %s");
        }
        List<ForwardIf> ifs = new ArrayList<>();
        String pf = null;
        if (!ifEls.isEmpty() || dev != null) {
            interfaces(ifEls, dev, ifs, net);
        } else if (!addrEls.isEmpty()) {
            for (Element a : addrEls) {
                ifs.add(address(a, ifs, net));
            }
        } else if (pfEls.size() > 1) {
            throw NetErr.xml("Only one <pf> element is allowed in <forward> of network %s", net);
        } else if (pfEls.size() == 1) {
            pf = NetDom.attr(pfEls.get(0), "dev");
            if (pf == null) {
                throw NetErr.xml("Missing required dev attribute in <pf> element of network '%s'", net);
            }
        }
        return new ForwardDef(mode, managed, driver, ifs, pf, nat);
    }

    private static void interfaces(List<Element> ifEls, String dev, List<ForwardIf> ifs, String net) {
        if (dev != null) {
            ifs.add(new ForwardIf.NetDev(dev, 0));
        }
        for (int i = 0; i < ifEls.size(); i++) {
            String d = NetDom.attr(ifEls.get(i), "dev");
            if (d == null) {
                throw NetErr.xml("Missing required dev attribute in <forward> <interface> element of network %s",
                        net);
            }
            if (i == 0 && dev != null) {
                // both forward dev and a first <interface>: libvirt requires them to agree
                if (!d.equals(dev)) {
                    throw NetErr.xml("<forward dev='%s'> must match first <interface dev='%s'/> in network %s", dev,
                            d, net);
                }
                continue;
            }
            for (ForwardIf f : ifs) {
                if (f instanceof ForwardIf.NetDev nd && nd.dev().equals(d)) {
                    throw NetErr.xml("interface '%s' can only be listed once in network %s", d, net);
                }
            }
            ifs.add(new ForwardIf.NetDev(d, 0));
        }
    }

    private static ForwardIf address(Element a, List<ForwardIf> seen, String net) {
        String type = NetDom.attr(a, "type");
        if (type == null) {
            throw NetErr.xml("missing address type in network %s", net);
        }
        // libvirt's table is none/pci/netdev: unknown names and the known-but-unusable ones fail differently
        if (!type.equals("pci")) {
            if (type.equals("none") || type.equals("netdev")) {
                throw NetErr.xml("unsupported address type '%s' in network %s", type, net);
            }
            throw NetErr.unsupported("unknown address type '%s' in network %s", type, net);
        }
        PciAddress pci = pciAddress(a);
        for (ForwardIf f : seen) {
            if (f instanceof ForwardIf.Pci p && p.address().equals(pci)) {
                throw NetErr.xml("PCI device '%s' can only be listed once in network %s", pci.text(), net);
            }
        }
        return new ForwardIf.Pci(pci);
    }

    /** virPCIDeviceAddressParseXML: base-0 unsigned ints, multifunction on/off, then bus/slot/function limits. */
    static PciAddress pciAddress(Element a) {
        int domain = pciField(a, "domain");
        int bus = pciField(a, "bus");
        int slot = pciField(a, "slot");
        int function = pciField(a, "function");
        String multi = NetDom.attr(a, "multifunction");
        if (multi != null && !multi.equals("on") && !multi.equals("off")) {
            throw NetErr.badAttr("multifunction", "address", multi, null);
        }
        // an address of all zeros in domain/bus/slot counts as "not given" and skips the limits
        if (domain != 0 || bus != 0 || slot != 0) {
            if (Integer.toUnsignedLong(bus) > 0xFF) {
                throw NetErr.none(ErrorCode.XML_ERROR, "Invalid PCI address bus='0x%x', must be <= 0xFF", bus);
            }
            if (Integer.toUnsignedLong(slot) > 0x1F) {
                throw NetErr.none(ErrorCode.XML_ERROR, "Invalid PCI address slot='0x%x', must be <= 0x1F", slot);
            }
            if (Integer.toUnsignedLong(function) > 7) {
                throw NetErr.none(ErrorCode.XML_ERROR, "Invalid PCI address function=0x%x, must be <= 7", function);
            }
        }
        return new PciAddress(domain, bus, slot, function);
    }

    private static int pciField(Element a, String attr) {
        String text = NetDom.attr(a, attr);
        if (text == null) {
            return 0;
        }
        Long v = VirNumbers.uip(text, 0);
        if (v == null) {
            throw NetErr.badUnsigned(attr, "address", text);
        }
        return v.intValue();
    }

    private static NatDef parseNat(Element nat, ForwardMode mode, String net) {
        if (mode != ForwardMode.NAT) {
            throw NetErr.xml("The <nat> element can only be used when <forward> 'mode' is 'nat' in network %s", net);
        }
        Boolean ipv6 = NetworkParser.yesNo(nat, "ipv6", "nat");
        List<Element> addrs = NetDom.children(nat, "address");
        String start = null;
        String end = null;
        if (addrs.size() > 1) {
            throw NetErr.xml("Only one <address> element is allowed in <nat> in <forward> in network %s", net);
        } else if (addrs.size() == 1) {
            start = NetDom.attr(addrs.get(0), "start");
            if (start == null) {
                throw NetErr.xml("missing 'start' attribute in <address> element in <nat> in <forward> in network %s",
                        net);
            }
            end = NetDom.attr(addrs.get(0), "end");
            if (end == null) {
                throw NetErr.xml("missing 'end' attribute in <address> element in <nat> in <forward> in network %s",
                        net);
            }
        }
        String startC = null;
        String endC = null;
        if (start != null) {
            startC = NetAddr.canonical(start);
            if (startC == null || !NetAddr.isIpv4(startC)) {
                throw NetErr.xml("Bad ipv4 start address '%s' in <nat> in <forward> in network '%s'", start, net);
            }
            endC = NetAddr.canonical(end);
            if (endC == null || !NetAddr.isIpv4(endC)) {
                throw NetErr.xml("Bad ipv4 end address '%s' in <nat> in <forward> in network '%s'", end, net);
            }
            NetRanges.check(startC, endC, null, 0);
        }
        List<Element> ports = NetDom.children(nat, "port");
        long ps = 0;
        long pe = 0;
        if (ports.size() > 1) {
            throw NetErr.xml("Only one <port> element is allowed in <nat> in <forward> in network %s", net);
        } else if (ports.size() == 1) {
            Long s = VirNumbers.uip(NetDom.xattr(ports.get(0), "start"), 10);
            if (s == null || s > 65535) {
                throw NetErr.detail("Missing or invalid 'start' attribute in <port> in <nat> in <forward> in network %s",
                        net);
            }
            Long e = VirNumbers.uip(NetDom.xattr(ports.get(0), "end"), 10);
            if (e == null || e > 65535 || e < s) {
                throw NetErr.detail("Missing or invalid 'end' attribute in <port> in <nat> in <forward> in network %s",
                        net);
            }
            ps = s;
            pe = e;
        }
        return new NatDef(startC, endC, (int) ps, (int) pe, ipv6);
    }
}
