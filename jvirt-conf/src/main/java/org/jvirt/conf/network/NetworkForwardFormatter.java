package org.jvirt.conf.network;

import org.jvirt.conf.xml.XmlWriter;

/** {@code <forward>} as libvirt 9.0's virNetworkDefFormatBuf prints it: driver, nat, pf, then the pool. */
final class NetworkForwardFormatter {

    private NetworkForwardFormatter() {
    }

    static void format(XmlWriter w, ForwardDef f, int flags) {
        if (f.mode() == ForwardMode.NONE) {
            return;
        }
        boolean inactive = (flags & NetworkXml.XML_INACTIVE) != 0;
        w.open("forward").attr("dev", f.dev()).attr("mode", f.mode().xmlName());
        if (f.mode() == ForwardMode.HOSTDEV) {
            w.attr("managed", f.managed() ? "yes" : "no");
        }
        if (f.driverName() != null) {
            w.open("driver").attr("name", f.driverName()).end("driver");
        }
        NatDef nat = f.nat();
        if (f.mode() == ForwardMode.NAT && !nat.isEmpty()) {
            w.open("nat").attr("ipv6", NetworkFormatter.yn(nat.ipv6()));
            if (nat.addressStart() != null) {
                w.open("address").attr("start", nat.addressStart()).attr("end", nat.addressEnd()).end("address");
            }
            if (nat.portStart() != 0 || nat.portEnd() != 0) {
                w.open("port").attr("start", nat.portStart());
                if (nat.portEnd() != 0) {
                    w.attr("end", nat.portEnd());
                }
                w.end("port");
            }
            w.end("nat");
        }
        if (f.pf() != null) {
            w.open("pf").attr("dev", f.pf()).end("pf");
        }
        // with a pf the pool is the live list of its virtual functions: not part of the persistent config
        if (f.pf() == null || !inactive) {
            for (ForwardIf fi : f.ifs()) {
                switch (fi) {
                    case ForwardIf.NetDev d -> {
                        w.open("interface").attr("dev", d.dev());
                        if (!inactive && d.connections() > 0) {
                            w.attr("connections", d.connections());
                        }
                        w.end("interface");
                    }
                    case ForwardIf.Pci p -> w.open("address").attr("type", "pci")
                            .attr("domain", String.format("0x%04x", p.address().domain()))
                            .attr("bus", String.format("0x%02x", p.address().bus()))
                            .attr("slot", String.format("0x%02x", p.address().slot()))
                            .attr("function", "0x" + Integer.toUnsignedString(p.address().function()))
                            .end("address");
                }
            }
        }
        w.end("forward");
    }
}
