package org.jvirt.conf.network;

import org.jvirt.conf.xml.XmlWriter;

/** {@code <dns>} as libvirt 9.0's virNetworkDNSDefFormat prints it: forwarders, TXT, SRV, then hosts. */
final class NetworkDnsFormatter {

    private NetworkDnsFormatter() {
    }

    static void format(XmlWriter w, DnsDef d) {
        if (d == null || d.isEmpty()) {
            return;
        }
        w.open("dns").attr("enable", NetworkFormatter.yn(d.enable()))
                .attr("forwardPlainNames", NetworkFormatter.yn(d.forwardPlainNames()));
        for (DnsDef.Forwarder f : d.forwarders()) {
            w.open("forwarder").attr("domain", f.domain()).attr("addr", f.addr()).end("forwarder");
        }
        for (DnsDef.Txt t : d.txts()) {
            w.open("txt").attr("name", t.name()).attr("value", t.value()).end("txt");
        }
        for (DnsDef.Srv s : d.srvs()) {
            w.open("srv").attr("service", s.service()).attr("protocol", s.protocol()).attr("domain", s.domain())
                    .attr("target", s.target());
            nonZero(w, "port", s.port());
            nonZero(w, "priority", s.priority());
            nonZero(w, "weight", s.weight());
            w.end("srv");
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

    private static void nonZero(XmlWriter w, String attr, int v) {
        if (v != 0) {
            w.attr(attr, v);
        }
    }
}
