package org.jvirt.conf.domain;

import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/** {@code <interface>}: the QEMU/Xen NIC modes with MAC, source, target, script, model. */
final class InterfaceXml {

    private InterfaceXml() {
    }

    static InterfaceDef parse(Element e, boolean inactive) {
        String type = Dom.attr(e, "type");
        type = type == null ? "user"
                : Err.oneOf(type, "type", "interface", "user", "ethernet", "vhostuser", "server", "client", "mcast",
                        "network", "bridge", "internal", "direct", "hostdev", "udp", "vdpa", "null", "vds");
        String mac = null;
        Element m = Dom.child(e, "mac");
        if (m != null && Dom.attr(m, "address") != null) {
            mac = parseMac(Dom.attr(m, "address"));
        }
        Element s = Dom.child(e, "source");
        String network = null;
        String portgroup = null;
        String bridge = null;
        String dev = null;
        String mode = null;
        String address = null;
        String port = null;
        String localAddress = null;
        String localPort = null;
        if (s == null && (type.equals("network") || type.equals("bridge") || type.equals("direct")
                || type.equals("mcast") || type.equals("server") || type.equals("client") || type.equals("udp"))) {
            throw Err.xml("interface type='%s' requires a 'source' element", type);
        }
        switch (type) {
            case "network" -> {
                network = Dom.attr(s, "network");
                portgroup = Dom.attr(s, "portgroup");
                if (network == null) {
                    throw Err.missingAttr("network", "source");
                }
            }
            case "bridge" -> {
                bridge = Dom.attr(s, "bridge");
                if (bridge == null) {
                    throw Err.missingAttr("bridge", "source");
                }
            }
            case "direct" -> {
                dev = Dom.attr(s, "dev");
                if (dev == null) {
                    throw Err.missingAttr("dev", "source");
                }
                mode = Err.oneOf(Dom.attr(s, "mode"), "mode", "source", "vepa", "private", "bridge", "passthrough");
                if (mode == null) {
                    mode = "vepa";
                }
            }
            case "mcast", "server", "client", "udp" -> {
                address = Dom.attr(s, "address");
                port = Dom.attr(s, "port");
                if (address == null && !type.equals("server")) {
                    throw Err.missingAttr("address", "source");
                }
                if (port == null) {
                    throw Err.missingAttr("port", "source");
                }
                Element local = s == null ? null : Dom.child(s, "local");
                if (local != null) {
                    localAddress = Dom.attr(local, "address");
                    localPort = Dom.attr(local, "port");
                }
            }
            default -> {
            }
        }
        String ifname = Dom.childAttr(e, "target", "dev");
        // libvirt forgets generated host-side names when reading a persistent (inactive) config.
        if (ifname != null && (ifname.isEmpty() || inactive && (ifname.startsWith("vnet")
                || ifname.startsWith("macvtap") || ifname.startsWith("macvlan")))) {
            ifname = null;
        }
        String linkState = Err.oneOf(Dom.childAttr(e, "link", "state"), "state", "link", "up", "down");
        Element bw = Dom.child(e, "bandwidth");
        // only a guest on a libvirt network may ask for a floor (virDomainNetDefParseXML)
        org.jvirt.conf.network.BandwidthDef bandwidth = bw == null ? null
                : org.jvirt.conf.network.BandwidthXml.parse(bw, "network".equals(type));
        return new InterfaceDef(type, mac, network, portgroup, bridge, dev, mode, address, port, localAddress,
                localPort, ifname, Dom.childAttr(e, "script", "path"), Dom.childAttr(e, "model", "type"),
                Dom.childAttr(e, "driver", "name"), linkState, AddressXml.parseBootOrder(e), AddressXml.parse(e))
                .withBandwidth(bandwidth);
    }

    /** Parses "aa:bb:cc:dd:ee:ff" (or '-' separated) into lower case; libvirt rejects multicast addresses. */
    static String parseMac(String text) {
        String[] parts = text.split("[:-]", -1);
        if (parts.length != 6) {
            throw Err.xml("unable to parse mac address '%s'", text);
        }
        StringBuilder sb = new StringBuilder(17);
        int first = 0;
        for (int i = 0; i < 6; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 2) {
                throw Err.xml("unable to parse mac address '%s'", text);
            }
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                int d = Character.digit(p.charAt(j), 16);
                if (d < 0) {
                    throw Err.xml("unable to parse mac address '%s'", text);
                }
                v = v * 16 + d;
            }
            if (i == 0) {
                first = v;
            } else {
                sb.append(':');
            }
            sb.append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 15, 16));
        }
        if ((first & 1) != 0) {
            throw Err.xml("expected unicast mac address, found multicast '%s'", text);
        }
        return sb.toString();
    }

    static void format(XmlWriter w, InterfaceDef n) {
        w.open("interface").attr("type", n.type());
        w.open("mac").attr("address", n.mac()).end("mac");
        switch (n.type()) {
            case "network" -> w.open("source").attr("network", n.network()).attr("portgroup", n.portgroup())
                    .end("source");
            case "bridge" -> w.open("source").attr("bridge", n.bridge()).end("source");
            case "direct" -> w.open("source").attr("dev", n.sourceDev()).attr("mode", n.sourceMode()).end("source");
            case "mcast", "server", "client", "udp" -> {
                w.open("source").attr("address", n.sourceAddress()).attr("port", n.sourcePort());
                if (n.localAddress() != null || n.localPort() != null) {
                    w.open("local").attr("address", n.localAddress()).attr("port", n.localPort()).end("local");
                }
                w.end("source");
            }
            default -> {
            }
        }
        org.jvirt.conf.network.BandwidthXml.format(w, n.bandwidth());
        if (n.script() != null) {
            w.open("script").attr("path", n.script()).end("script");
        }
        if (n.ifname() != null) {
            w.open("target").attr("dev", n.ifname()).end("target");
        }
        if (n.model() != null) {
            w.open("model").attr("type", n.model()).end("model");
        }
        if (n.driverName() != null) {
            w.open("driver").attr("name", n.driverName()).end("driver");
        }
        if (n.linkState() != null) {
            w.open("link").attr("state", n.linkState()).end("link");
        }
        AddressXml.formatBoot(w, n.bootOrder());
        AddressXml.formatAlias(w, n.alias());
        AddressXml.format(w, n.address());
        w.end("interface");
    }
}
