package org.jvirt.conf.network;

import org.jvirt.conf.xml.XmlWriter;

/**
 * NetworkDef to XML, element order and conditions as libvirt 9.0's virNetworkDefFormatBuf: name, uuid, forward,
 * bridge, mtu, mac, domain, dns, vlan, bandwidth, port, ips, routes, virtualport, portgroups, then namespaced
 * extensions. Each element family has its own formatter; this class owns the order and the small elements.
 */
final class NetworkFormatter {

    private NetworkFormatter() {
    }

    static void format(XmlWriter w, NetworkDef def, int flags) {
        boolean inactive = (flags & NetworkXml.XML_INACTIVE) != 0;
        w.open("network");
        if (!def.dnsmasqOptions().isEmpty()) {
            w.attr("xmlns:" + DnsmasqXml.PREFIX, DnsmasqXml.NAMESPACE);
        }
        if (!inactive && def.connections() > 0) {
            w.attr("connections", def.connections());
        }
        if (def.ipv6()) {
            w.attr("ipv6", "yes");
        }
        w.attr("trustGuestRxFilters", yn(def.trustGuestRxFilters()));
        w.body();
        w.element("name", def.name());
        w.element("uuid", def.uuid());
        NetworkForwardFormatter.format(w, def.forward(), flags);
        bridge(w, def);
        if (def.mtu() != 0) {
            w.open("mtu").attr("size", Integer.toUnsignedString(def.mtu())).end("mtu");
        }
        if (def.mac() != null) {
            w.open("mac").attr("address", def.mac()).end("mac");
        }
        if (def.domainName() != null) {
            // printed with a plain %s by libvirt: no escaping
            w.open("domain").attrRaw("name", def.domainName()).attr("localOnly", yn(def.domainLocalOnly()))
                    .end("domain");
        }
        NetworkDnsFormatter.format(w, def.dns());
        VlanXml.format(w, def.vlan());
        BandwidthXml.format(w, def.bandwidth());
        if (def.isolatedPort() != null) {
            w.open("port").attr("isolated", yn(def.isolatedPort())).end("port");
        }
        for (IpDef ip : def.ips()) {
            NetworkIpFormatter.format(w, ip);
        }
        for (RouteDef r : def.routes()) {
            RouteXml.format(w, r);
        }
        VirtualPortXml.format(w, def.virtualPort());
        for (PortGroupDef pg : def.portGroups()) {
            PortGroupXml.format(w, pg);
        }
        DnsmasqXml.format(w, def.dnsmasqOptions());
        w.end("network");
    }

    private static void bridge(XmlWriter w, NetworkDef def) {
        boolean managed = def.forward().mode().managesBridge();
        BridgeDef br = def.bridge();
        if (managed || br.name() != null || br.macTableManager() != null) {
            w.open("bridge").attr("name", br.name()).attr("zone", br.zone());
            if (managed) {
                w.attr("stp", br.stp() ? "on" : "off").attr("delay", br.delay());
            }
            w.attr("macTableManager", br.macTableManager()).end("bridge");
        }
    }

    static String yn(Boolean b) {
        return b == null ? null : b ? "yes" : "no";
    }
}
