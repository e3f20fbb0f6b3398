package org.jvirt.conf.iface;

import org.jvirt.conf.iface.InterfaceDef.Bond;
import org.jvirt.conf.iface.InterfaceDef.Ip;
import org.jvirt.conf.iface.InterfaceDef.Protocol;
import org.jvirt.conf.xml.XmlWriter;

/**
 * {@link InterfaceDef} -> XML as virInterfaceDefFormat prints it: only the name is escaped (the other texts go
 * out as written), an interface and its bridge/bond are always written as start/end pairs.
 */
final class InterfaceFormatter {

    private InterfaceFormatter() {
    }

    static void format(XmlWriter w, InterfaceDef def, boolean top) {
        w.open("interface").attr("type", def.type().xmlName()).attr("name", def.name()).body();
        if (top) {
            if (def.startMode() != null) {
                w.open("start").attr("mode", def.startMode()).end("start");
            }
            if (def.mtu() != 0) {
                w.open("mtu").attr("size", def.mtu()).end("mtu");
            }
            for (Protocol p : def.protocols()) {
                protocol(w, p);
            }
        }
        if (def.link() != null) {
            w.open("link").attr("speed", def.link().speed() == 0 ? null : Long.toString(def.link().speed()))
                    .attr("state", def.link().state()).end("link");
        }
        switch (def.type()) {
            case ETHERNET -> {
                if (def.mac() != null) {
                    w.open("mac").attrRaw("address", def.mac()).end("mac");
                }
            }
            case BRIDGE -> {
                w.open("bridge");
                if (def.bridge().stp() >= 0) {
                    w.attr("stp", def.bridge().stp() == 1 ? "on" : "off");
                }
                w.attrRaw("delay", def.bridge().delay()).body();
                for (InterfaceDef c : def.bridge().interfaces()) {
                    format(w, c, false);
                }
                w.end("bridge");
            }
            case BOND -> bond(w, def.bond());
            case VLAN -> {
                w.open("vlan").attrRaw("tag", def.vlan().tag());
                w.open("interface").attrRaw("name", def.vlan().device()).end("interface");
                w.end("vlan");
            }
        }
        w.end("interface");
    }

    private static void protocol(XmlWriter w, Protocol p) {
        w.open("protocol").attrRaw("family", p.family()).body();
        if (p.autoconf()) {
            w.open("autoconf").end("autoconf");
        }
        if (p.dhcp()) {
            w.open("dhcp").attr("peerdns", p.peerdns() < 0 ? null : p.peerdns() == 1 ? "yes" : "no").end("dhcp");
        }
        for (Ip ip : p.ips()) {
            if (ip.address() != null) {
                w.open("ip").attrRaw("address", ip.address()).attr("prefix", ip.prefix() == 0 ? null : ip.prefix())
                        .end("ip");
            }
        }
        if (p.gateway() != null) {
            w.open("route").attrRaw("gateway", p.gateway()).end("route");
        }
        w.end("protocol");
    }

    private static void bond(XmlWriter w, Bond b) {
        w.open("bond").attr("mode", b.mode()).body();
        if ("mii".equals(b.monitor())) {
            w.open("miimon").attr("freq", b.freq()).attr("downdelay", b.downdelay() > 0 ? b.downdelay() : null)
                    .attr("updelay", b.updelay() > 0 ? b.updelay() : null).attr("carrier", b.carrier()).end("miimon");
        } else if ("arp".equals(b.monitor())) {
            w.open("arpmon").attr("interval", b.interval()).attrRaw("target", b.target())
                    .attr("validate", b.validate()).end("arpmon");
        }
        for (InterfaceDef c : b.interfaces()) {
            format(w, c, false);
        }
        w.end("bond");
    }
}
