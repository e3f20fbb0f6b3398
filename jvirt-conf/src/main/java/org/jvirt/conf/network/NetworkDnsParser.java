package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** {@code <dns>}: kept close to the input; only addresses are canonicalised as libvirt does. */
final class NetworkDnsParser {

    private NetworkDnsParser() {
    }

    static DnsDef parse(Element dns, String net) {
        List<DnsDef.Forwarder> fwds = new ArrayList<>();
        for (Element f : NetDom.children(dns, "forwarder")) {
            String addr = NetDom.attr(f, "addr");
            fwds.add(new DnsDef.Forwarder(NetDom.attr(f, "domain"),
                    addr == null ? null : NetworkIpParser.parseSocket(addr)));
        }
        List<DnsDef.Txt> txts = new ArrayList<>();
        for (Element t : NetDom.children(dns, "txt")) {
            txts.add(new DnsDef.Txt(NetDom.attr(t, "name"), NetDom.attr(t, "value")));
        }
        List<DnsDef.Srv> srvs = new ArrayList<>();
        for (Element s : NetDom.children(dns, "srv")) {
            srvs.add(new DnsDef.Srv(NetDom.attr(s, "service"), NetDom.attr(s, "protocol"), NetDom.attr(s, "domain"),
                    NetDom.attr(s, "target"), NetDom.attr(s, "port"), NetDom.attr(s, "priority"),
                    NetDom.attr(s, "weight")));
        }
        List<DnsDef.Host> hosts = new ArrayList<>();
        for (Element h : NetDom.children(dns, "host")) {
            String ip = NetDom.attr(h, "ip");
            String c = ip == null ? null : NetAddr.canonical(ip);
            if (c == null) {
                throw NetErr.detail("Missing IP address in network '%s' DNS HOST record", net);
            }
            List<String> names = new ArrayList<>();
            for (Element n : NetDom.children(h, "hostname")) {
                names.add(n.getTextContent());
            }
            hosts.add(new DnsDef.Host(c, names));
        }
        return new DnsDef(NetDom.attr(dns, "enable"), NetDom.attr(dns, "forwardPlainNames"), fwds, txts, srvs, hosts);
    }
}
