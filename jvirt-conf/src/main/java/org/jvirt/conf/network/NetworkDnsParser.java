package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.xml.VirNumbers;
import org.w3c.dom.Element;

/**
 * {@code <dns>} (virNetworkDNSDefParseXML, libvirt 9.0): attributes, then forwarders, hosts, SRV and TXT records
 * in that order (whatever the document order), so a document with several faults fails on the same one.
 */
final class NetworkDnsParser {

    /** Characters of /etc/protocols names; '.' is out because dnsmasq uses it as the SRV field separator. */
    private static final String PROTOCOL_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-+/";
    private static final String SERVICE_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+/*";
    /** A DNS record's 512 bytes less the SRV overhead (RFC 2782), libvirt's DNS_RECORD_LENGTH_SRV. */
    private static final int SRV_SERVICE_MAX = 512 - 30;

    private NetworkDnsParser() {
    }

    static DnsDef parse(Element dns, String net) {
        Boolean enable = NetworkParser.yesNo(dns, "enable", "dns");
        Boolean plain = NetworkParser.yesNo(dns, "forwardPlainNames", "dns");
        List<DnsDef.Forwarder> fwds = new ArrayList<>();
        for (Element f : NetDom.children(dns, "forwarder")) {
            String addr = NetDom.attr(f, "addr");
            String canonical = null;
            if (addr != null) {
                canonical = NetAddr.canonical(addr);
                if (canonical == null) {
                    throw NetErr.xml("Invalid forwarder IP address '%s' in network '%s'", addr, net);
                }
            }
            String domain = NetDom.attr(f, "domain");
            if (addr == null && domain == null) {
                throw NetErr.xml("Invalid forwarder element, must contain at least one of addr or domain");
            }
            fwds.add(new DnsDef.Forwarder(domain, canonical));
        }
        List<DnsDef.Host> hosts = new ArrayList<>();
        for (Element h : NetDom.children(dns, "host")) {
            hosts.add(host(h, net));
        }
        List<DnsDef.Srv> srvs = new ArrayList<>();
        for (Element s : NetDom.children(dns, "srv")) {
            srvs.add(srv(s, net));
        }
        List<DnsDef.Txt> txts = new ArrayList<>();
        for (Element t : NetDom.children(dns, "txt")) {
            txts.add(txt(t, net));
        }
        DnsDef def = new DnsDef(enable, plain, fwds, txts, srvs, hosts);
        if (Boolean.FALSE.equals(enable) && def.hasRecords()) {
            throw NetErr.xml("Extra data in disabled network '%s'", net);
        }
        return def;
    }

    private static DnsDef.Host host(Element h, String net) {
        return host(h, net, false);
    }

    /** partialOkay: a record to match for deletion needs only an ip or a hostname (virNetworkDNSHostDefParseXML). */
    static DnsDef.Host host(Element h, String net, boolean partialOkay) {
        String ip = NetDom.attr(h, "ip");
        if (ip == null && !partialOkay) {
            throw NetErr.detail("Missing IP address in network '%s' DNS HOST record", net);
        }
        String canonical = ip == null ? null : NetAddr.canonical(ip);
        if (ip != null && canonical == null) {
            throw NetErr.detail("Invalid IP address in network '%s' DNS HOST record", net);
        }
        List<String> names = new ArrayList<>();
        for (Element n : NetDom.children(h, "hostname")) {
            String name = n.getTextContent();
            if (!name.isEmpty()) { // empty hostnames are skipped, not refused
                names.add(name);
            }
        }
        if (names.isEmpty() && !partialOkay) {
            throw NetErr.detail("Missing hostname in network '%s' DNS HOST record", net);
        }
        if (canonical == null && names.isEmpty()) {
            throw NetErr.detail("Missing ip and hostname in network '%s' DNS HOST record", net);
        }
        return new DnsDef.Host(canonical, names);
    }

    private static DnsDef.Srv srv(Element s, String net) {
        return srv(s, net, false);
    }

    /** partialOkay: a record to match for deletion needs neither service nor protocol (virNetworkDNSSrvDefParseXML). */
    static DnsDef.Srv srv(Element s, String net, boolean partialOkay) {
        String service = NetDom.attr(s, "service");
        if (service == null && !partialOkay) {
            throw NetErr.detail("missing required service attribute in DNS SRV record of network '%s'", net);
        }
        if (service != null && service.length() > SRV_SERVICE_MAX) {
            throw NetErr.detail("service attribute '%s' in network '%s' is too long, limit is %d bytes", service, net,
                    SRV_SERVICE_MAX);
        }
        if (service != null && !only(service, SERVICE_CHARS)) {
            throw NetErr.detail("invalid character in service attribute '%s' in DNS SRV record of network '%s'",
                    service, net);
        }
        String protocol = NetDom.attr(s, "protocol");
        if (protocol == null && !partialOkay) {
            throw NetErr.detail("missing required protocol attribute in DNS SRV record '%s' of network '%s'", service,
                    net);
        }
        if (protocol != null && !only(protocol, PROTOCOL_CHARS)) {
            throw NetErr.detail("invalid character in protocol attribute '%s' in DNS SRV record of network '%s'",
                    protocol, net);
        }
        String domain = NetDom.attr(s, "domain");
        String target = NetDom.attr(s, "target");
        int port = srvNumber(s, "port", 1, target, service, net, "invalid");
        int priority = srvNumber(s, "priority", 0, target, service, net, "Invalid");
        int weight = srvNumber(s, "weight", 0, target, service, net, "invalid");
        return new DnsDef.Srv(service, protocol, domain, target, port, priority, weight);
    }

    /**
     * port/priority/weight, read with XPath (empty is absent): a number needs a target, and must be min..65535.
     * libvirt capitalises only the priority's "Invalid".
     */
    private static int srvNumber(Element s, String attr, int min, String target, String service, String net,
            String invalid) {
        String text = NetDom.xattr(s, attr);
        if (text == null) {
            return 0;
        }
        Long v = VirNumbers.uip(text, 10);
        if (v != null && target == null) {
            throw NetErr.detail("DNS SRV %s attribute not permitted without target for service '%s' in network '%s'",
                    attr, service, net);
        }
        if (v == null || v < min || v > 65535) {
            throw NetErr.detail("%s DNS SRV %s attribute for service '%s' in network '%s'", invalid, attr, service,
                    net);
        }
        return v.intValue();
    }

    private static DnsDef.Txt txt(Element t, String net) {
        return txt(t, net, false);
    }

    /** partialOkay: a record to match for deletion needs no value (virNetworkDNSTxtDefParseXML). */
    static DnsDef.Txt txt(Element t, String net, boolean partialOkay) {
        String name = NetDom.attr(t, "name");
        if (name == null) {
            throw NetErr.detail("missing required name attribute in DNS TXT record of network %s", net);
        }
        if (name.indexOf(' ') >= 0 || name.indexOf(',') >= 0) {
            throw NetErr.detail("prohibited character in DNS TXT record name '%s' of network %s", name, net);
        }
        String value = NetDom.attr(t, "value");
        if (value == null && !partialOkay) {
            throw NetErr.detail("missing required value attribute in DNS TXT record named '%s' of network %s", name,
                    net);
        }
        return new DnsDef.Txt(name, value);
    }

    private static boolean only(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) {
            if (allowed.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
