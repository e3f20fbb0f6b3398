package org.jvirt.conf.network;

import org.jvirt.conf.xml.XmlWriter;

/** {@code <ip>} with tftp and DHCP, as libvirt 9.0's virNetworkIPDefFormat prints it. */
final class NetworkIpFormatter {

    private NetworkIpFormatter() {
    }

    static void format(XmlWriter w, IpDef ip) {
        w.open("ip").attrRaw("family", ip.family()).attr("address", ip.address()).attr("netmask", ip.netmask());
        if (ip.prefix() != 0) {
            w.attr("prefix", Integer.toUnsignedString(ip.prefix()));
        }
        w.attr("localPtr", NetworkFormatter.yn(ip.localPtr()));
        // libvirt always writes <ip> as a start/end pair, even when empty.
        w.body();
        if (ip.tftpRoot() != null) {
            w.open("tftp").attr("root", ip.tftpRoot()).end("tftp");
        }
        // <dhcp> needs a range or a host; a lone <bootp> is kept but not printed
        if (ip.hasDhcp()) {
            w.open("dhcp");
            for (DhcpRange r : ip.ranges()) {
                w.open("range").attr("start", r.start()).attr("end", r.end());
                lease(w, r.lease());
                w.end("range");
            }
            for (DhcpHost h : ip.hosts()) {
                // mac, id and name are printed with a plain %s by libvirt: no escaping
                w.open("host").attrRaw("mac", h.mac()).attrRaw("id", h.id()).attrRaw("name", h.name())
                        .attr("ip", h.ip());
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
            w.open("lease").attr("expiry", Long.toUnsignedString(l.expiry()));
            if (l.expiry() != 0) {
                w.attr("unit", l.unit());
            }
            w.end("lease");
        }
    }
}
