package org.jvirt.conf.network;

import org.jvirt.conf.xml.XmlWriter;

/** NetworkDef to XML, element order and conditions as libvirt 9.0's virNetworkDefFormatBuf. */
final class NetworkFormatter {

    private NetworkFormatter() {
    }

    static void format(XmlWriter w, NetworkDef def, int flags) {
        w.open("network").attr("ipv6", yn(def.ipv6())).attr("trustGuestRxFilters", yn(def.trustGuestRxFilters()));
        w.element("name", def.name());
        w.element("uuid", def.uuid());
        forward(w, def.forward());
        ForwardMode mode = def.forward().mode();
        BridgeDef br = def.bridge();
        if (mode.managesBridge() || br.name() != null || br.macTableManager() != null) {
            w.open("bridge").attr("name", br.name()).attr("zone", br.zone());
            if (mode.managesBridge()) {
                w.attr("stp", br.stp() ? "on" : "off").attr("delay", br.delay());
            }
            w.attr("macTableManager", br.macTableManager()).end("bridge");
        }
        if (def.mtu() > 0) {
            w.open("mtu").attr("size", Integer.toUnsignedString(def.mtu())).end("mtu");
        }
        if (def.mac() != null) {
            w.open("mac").attr("address", def.mac()).end("mac");
        }
        if (def.domainName() != null) {
            w.open("domain").attr("name", def.domainName()).attr("localOnly", yn(def.domainLocalOnly())).end("domain");
        }
        if (def.dns() != null && !def.dns().isEmpty()) {
            dns(w, def.dns());
        }
        for (IpDef ip : def.ips()) {
            ip(w, ip);
        }
        w.end("network");
    }

    private static void forward(XmlWriter w, ForwardDef f) {
        if (f.mode() == ForwardMode.NONE) {
            return;
        }
        w.open("forward").attr("dev", f.dev()).attr("mode", f.mode().xmlName());
        if (f.mode() == ForwardMode.HOSTDEV) {
            w.attr("managed", f.managed() ? "yes" : "no");
        }
        NatDef nat = f.nat();
        if (f.mode() == ForwardMode.NAT && !nat.isEmpty()) {
            w.open("nat").attr("ipv6", yn(nat.ipv6()));
            if (nat.addressStart() != null) {
                w.open("address").attr("start", nat.addressStart()).attr("end", nat.addressEnd()).end("address");
            }
            if (nat.portStart() != 0 || nat.portEnd() != 0) {
                w.open("port").attr("start", nat.portStart()).attr("end", nat.portEnd()).end("port");
            }
            w.end("nat");
        }
        for (String dev : f.interfaces()) {
            w.open("interface").attr("dev", dev).end("interface");
        }
        w.end("forward");
    }

    private static void dns(XmlWriter w, DnsDef d) {
        w.open("dns").attr("enable", d.enable()).attr("forwardPlainNames", d.forwardPlainNames());
        for (DnsDef.Forwarder f : d.forwarders()) {
            w.open("forwarder").attr("domain", f.domain()).attr("addr", f.addr()).end("forwarder");
        }
        for (DnsDef.Txt t : d.txts()) {
            w.open("txt").attr("name", t.name()).attr("value", t.value()).end("txt");
        }
        for (DnsDef.Srv s : d.srvs()) {
            w.open("srv").attr("service", s.service()).attr("protocol", s.protocol()).attr("domain", s.domain())
                    .attr("target", s.target()).attr("port", s.port()).attr("priority", s.priority())
                    .attr("weight", s.weight()).end("srv");
        }
        for (DnsDef.Host h : d.hosts()) {
            w.open("host").attr("ip", h.ip());
            for (String n : h.hostnames()) {
                w.element("hostname", n);
            }
            w.end("host");
        }
        w.end("dns");
    }

    private static void ip(XmlWriter w, IpDef ip) {
        w.open("ip").attr("family", ip.family()).attr("address", ip.address()).attr("netmask", ip.netmask());
        if (ip.prefix() > 0) {
            w.attr("prefix", Integer.toUnsignedString(ip.prefix()));
        }
        w.attr("localPtr", yn(ip.localPtr()));
        // libvirt always writes <ip> as a start/end pair, even when empty.
        w.body();
        if (ip.tftpRoot() != null) {
            w.open("tftp").attr("root", ip.tftpRoot()).end("tftp");
        }
        if (ip.hasDhcp()) {
            w.open("dhcp");
            for (DhcpRange r : ip.ranges()) {
                w.open("range").attr("start", r.start()).attr("end", r.end());
                lease(w, r.lease());
                w.end("range");
            }
            for (DhcpHost h : ip.hosts()) {
                w.open("host").attr("mac", h.mac()).attr("id", h.id()).attr("name", h.name()).attr("ip", h.ip());
                lease(w, h.lease());
                w.end("host");
            }
            if (ip.bootpFile() != null) {
                w.open("bootp").attr("file", ip.bootpFile()).attr("server", ip.bootpServer()).end("bootp");
            }
            w.end("dhcp");
        }
        w.end("ip");
    }

    private static void lease(XmlWriter w, DhcpLease l) {
        if (l != null) {
            w.open("lease").attr("expiry", l.expiry());
            if (l.expiry() != 0) {
                w.attr("unit", l.unit());
            }
            w.end("lease");
        }
    }

    private static String yn(Boolean b) {
        return b == null ? null : b ? "yes" : "no";
    }
}
