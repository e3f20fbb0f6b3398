package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/**
 * The {@code xmlns:dnsmasq='http://libvirt.org/schemas/network/dnsmasq/1.0'} extension: extra dnsmasq options
 * passed through verbatim. Only libvirt's network driver registers this namespace (the test driver drops the
 * elements), so parsing is off unless {@link NetworkParseOptions#dnsmasqNamespace()} asks for it. Elements are
 * matched by namespace URI, whatever prefix the document binds to it.
 */
final class DnsmasqXml {

    static final String NAMESPACE = "http://libvirt.org/schemas/network/dnsmasq/1.0";
    static final String PREFIX = "dnsmasq";

    private DnsmasqXml() {
    }

    /** Every {@code option} of every {@code options} child of the root, in document order. */
    static List<String> parse(Element root) {
        List<String> out = new ArrayList<>();
        for (Element options : NetDom.childrenNs(root, NAMESPACE, "options")) {
            for (Element option : NetDom.childrenNs(options, NAMESPACE, "option")) {
                String value = NetDom.attr(option, "value");
                if (value == null) {
                    throw NetErr.internal("No dnsmasq options value specified");
                }
                out.add(value);
            }
        }
        return out;
    }

    static void format(XmlWriter w, List<String> options) {
        if (options.isEmpty()) {
            return;
        }
        w.open(PREFIX + ":options");
        for (String o : options) {
            w.open(PREFIX + ":option").attr("value", o).end(PREFIX + ":option");
        }
        w.end(PREFIX + ":options");
    }
}
