package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** {@code <forward>} (virNetworkForwardDefParseXML / virNetworkForwardNatDefParseXML in libvirt 9.0). */
final class NetworkForwardParser {

    private NetworkForwardParser() {
    }

    static ForwardDef parse(Element fwd, String net) {
        String modeText = NetworkParser.emptyToNull(NetDom.attr(fwd, "mode"));
        ForwardMode mode = ForwardMode.NAT; // <forward/> without a mode means NAT
        if (modeText != null) {
            mode = ForwardMode.fromXml(modeText);
            if (mode == null) {
                throw NetErr.unsupported("unknown forwarding type '%s'", modeText);
            }
        }
        boolean managed = "yes".equals(NetDom.attr(fwd, "managed"));
        List<Element> ifEls = NetDom.children(fwd, "interface");
        List<Element> pfEls = NetDom.children(fwd, "pf");
        List<Element> addrEls = NetDom.children(fwd, "address");
        if (pfEls.size() > 1) {
            throw NetErr.xml("Only one <pf> element is allowed in <forward> of network %s", net);
        }
        int kinds = (ifEls.isEmpty() ? 0 : 1) + (pfEls.isEmpty() ? 0 : 1) + (addrEls.isEmpty() ? 0 : 1);
        if (kinds > 1) {
            throw NetErr.xml("<address>, <interface>, and <pf> elements in <forward> of network %s are mutually "
                    + "exclusive", net);
        }
        String dev = NetworkParser.emptyToNull(NetDom.attr(fwd, "dev"));
        if (dev != null && (!addrEls.isEmpty() || !pfEls.isEmpty())) {
            throw NetErr.xml("the <forward> 'dev' attribute cannot be used when <address> or <pf> sub-elements "
                    + "are present in network %s", net);
        }
        List<Element> natEls = NetDom.children(fwd, "nat");
        NatDef nat = NatDef.NONE;
        if (natEls.size() > 1) {
            throw NetErr.xml("Only one <nat> element is allowed in <forward> of network %s", net);
        } else if (natEls.size() == 1) {
            if (mode != ForwardMode.NAT) {
                throw NetErr.xml("The <nat> element can only be used when <forward> 'mode' is 'nat' in network %s",
                        net);
            }
            nat = parseNat(natEls.get(0), net);
        }
        List<String> ifs = new ArrayList<>();
        if (dev != null) {
            ifs.add(dev);
        }
        for (int i = 0; i < ifEls.size(); i++) {
            String d = NetworkParser.emptyToNull(NetDom.attr(ifEls.get(i), "dev"));
            if (d == null) {
                throw NetErr.xml("Missing required dev attribute in <forward> <interface> element of network %s",
                        net);
            }
            if (i == 0 && dev != null) {
                // both forward dev and a first <interface>: libvirt requires them to agree
                if (!d.equals(dev)) {
                    throw NetErr.xml("<forward dev='%s'> must match first <interface dev='%s'/> in network %s",
                            dev, d, net);
                }
                continue;
            }
            ifs.add(d);
        }
        return new ForwardDef(mode, ifs, nat, managed);
    }

    private static NatDef parseNat(Element nat, String net) {
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
        }
        if (end != null) {
            endC = NetAddr.canonical(end);
            if (endC == null || !NetAddr.isIpv4(endC)) {
                throw NetErr.xml("Bad ipv4 end address '%s' in <nat> in <forward> in network '%s'", end, net);
            }
        }
        List<Element> ports = NetDom.children(nat, "port");
        long ps = 0;
        long pe = 0;
        if (ports.size() > 1) {
            throw NetErr.xml("Only one <port> element is allowed in <nat> in <forward> in network %s", net);
        } else if (ports.size() == 1) {
            ps = uint(NetDom.attr(ports.get(0), "start"));
            if (ps < 0 || ps > 65535) {
                throw NetErr.detail("Missing or invalid 'start' attribute in <port> in <nat> in <forward> in network %s",
                        net);
            }
            pe = uint(NetDom.attr(ports.get(0), "end"));
            if (pe < 0 || pe > 65535 || pe < ps) {
                throw NetErr.detail("Missing or invalid 'end' attribute in <port> in <nat> in <forward> in network %s",
                        net);
            }
        }
        return new NatDef(startC, endC, (int) ps, (int) pe, ipv6);
    }

    /** virXPathUInt: -1 when absent or not an unsigned int. */
    private static long uint(String s) {
        if (s == null || !s.matches("[0-9]{1,10}")) {
            return -1;
        }
        long v = Long.parseLong(s);
        return v > 0xFFFFFFFFL ? -1 : v;
    }
}
