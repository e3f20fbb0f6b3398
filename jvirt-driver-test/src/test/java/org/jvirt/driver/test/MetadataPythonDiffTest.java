package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventId;
import org.jvirt.event.DomainMetadataChangeEvent;
import org.junit.jupiter.api.Test;

/**
 * Metadata elements (type 2) through real libvirt 9.0 (python3-libvirt) and through jvirt: each step's result
 * or error, the {@code <metadata>} part of the live and inactive XML, and the METADATA_CHANGE events. Skipped
 * with a printed reason when python3-libvirt is absent.
 */
class MetadataPythonDiffTest {

    /*
     * Also compared (namespacesAboveMetadata): declarations written on <metadata> or <domain>, which libvirt keeps
     * on its copy of <metadata>, and removing the last element (libvirt prints <metadata/>).
     */

    /** Each step: a python expression over d (the domain) and E (VIR_DOMAIN_METADATA_ELEMENT). */
    static final String[][] STEPS = {
        {"get", "d.metadata(E, 'http://example.org/app', 0)"},
        {"set", "d.setMetadata(E, '<foo>bar</foo>', 'app', 'http://example.org/app', 0)"},
        {"get", "d.metadata(E, 'http://example.org/app', 0)"},
        {"set", "d.setMetadata(E, '<other a=\"1\" b=\"2\"><x/>text<!-- c --></other>', 'o', 'http://example.org/o', 0)"},
        {"set", "d.setMetadata(E, '<foo2 b=\"2\">baz</foo2>', 'app2', 'http://example.org/app', 0)"},
        {"get", "d.metadata(E, 'http://example.org/o', 0)"},
        {"set", "d.setMetadata(E, '<a x=\"1\" b=\"2\"><b><c>t</c></b><q:d xmlns:q=\"urn:q\" q:z=\"1\"><e/></q:d></a>', 'k', 'http://k', 0)"},
        {"get", "d.metadata(E, 'http://k', 0)"},
        {"set", "d.setMetadata(E, '<q:a xmlns:q=\"urn:q\"><b/><q:c/></q:a>', 'k2', 'http://k2', 0)"},
        {"get", "d.metadata(E, 'http://k2', 0)"},
        {"set", "d.setMetadata(E, '<a xmlns=\"urn:z\"><b/></a>', 'z', 'http://z', 0)"},
        {"set", "d.setMetadata(E, '<q:a xmlns:q=\"urn:q\"/>', 'q', 'http://k3', 0)"},
        {"set", "d.setMetadata(E, '<?xml version=\"1.0\"?>\\n<!-- hi --><a/>', 'k5', 'http://k5', 0)"},
        {"set", "d.setMetadata(E, '<?xml version=\"1.0\"?>\\n<a>  <b/>  </a>', 'k5', 'http://k5', 0)"},
        {"get", "d.metadata(E, 'http://k5', 0)"},
        {"set", "d.setMetadata(E, \"<a y='&quot;&lt;'>x &amp; y</a>\", 'k6', 'http://k6', 0)"},
        {"get", "d.metadata(E, 'http://k6', 0)"},
        {"set", "d.setMetadata(E, '<foo>bar', 'app', 'http://example.org/x', 0)"},
        {"set", "d.setMetadata(E, 'text', 'app', 'http://example.org/x', 0)"},
        {"set", "d.setMetadata(E, '', 'x', 'http://example.org/app', 0)"},
        {"set", "d.setMetadata(E, '<a/>', 'a b', 'http://example.org/x', 0)"},
        {"set", "d.setMetadata(E, '<a/>', '1a', 'http://example.org/x', 0)"},
        {"set", "d.setMetadata(E, '<a/>', None, 'http://example.org/x', 0)"},
        {"set", "d.setMetadata(E, '<a/>', 'k', None, 0)"},
        {"get", "d.metadata(E, None, 0)"},
        {"set", "d.setMetadata(E, None, None, 'http://example.org/o', 0)"},
        {"set", "d.setMetadata(E, None, None, 'http://nope', 0)"},
        {"get", "d.metadata(E, 'http://example.org/o', 0)"},
        {"set", "d.setMetadata(E, '<cfg/>', 'c', 'http://c', 2)"},
        {"get", "d.metadata(E, 'http://c', 2)"},
        {"get", "d.metadata(E, 'http://c', 1)"},
        {"get", "d.metadata(E, 'http://k', 2)"},
        {"set", "d.setMetadata(E, '<a/><b/>', 'k7', 'http://k7', 0)"},
    };

    /** A domain whose metadata children use namespaces declared on {@code <metadata>} and on {@code <domain>}. */
    static final String NS_DOMAIN = "<domain type='test' xmlns:c='http://c' xmlns:b='http://b'><name>nsmeta</name>"
            + "<memory>1024</memory><os><type>hvm</type></os>"
            + "<metadata xmlns:z='http://z' xmlns:a='http://a'><b:q a:at='1' c:at='2'><a:in>t</a:in></b:q>"
            + "<a:x><b:y a:k='v'><a:z/></b:y></a:x><n/><b:dup/></metadata></domain>";

    /** Steps over the domain {@code n}: get (uri), set (xml, key, uri), del (uri), md (the metadata section). */
    static final String[][] NS_STEPS = {
        {"md"}, {"get", "http://b"}, {"get", "http://a"}, {"get", "http://c"}, {"del", "http://a"}, {"md"},
        {"del", "http://b"}, {"md"}, {"get", "http://b"}, {"set", "<y/>", "k", "http://k"}, {"md"},
        {"get", "http://k"}, {"del", "http://k"}, {"md"},
    };

    @Test
    void namespacesAboveMetadata() throws Exception {
        StringBuilder sb = new StringBuilder("""
                import libvirt
                libvirt.registerErrorHandler(lambda c, e: None, None)
                c = libvirt.open("test:///default")
                E = libvirt.VIR_DOMAIN_METADATA_ELEMENT
                def t(f):
                    try:
                        print(repr(f()))
                    except libvirt.libvirtError as e:
                        print(repr("ERR %d %d %s" % (e.get_error_code(), e.get_error_domain(), e.get_error_message())))
                def md():
                    x = n.XMLDesc(0)
                    i = x.find('<metadata')
                    return x[i:x.find('<memory')] if i >= 0 else None
                """);
        sb.append("n = c.defineXML(").append(py(NS_DOMAIN)).append(")\n");
        for (String[] s : NS_STEPS) {
            sb.append(switch (s[0]) {
                case "md" -> "t(md)\n";
                case "get" -> "t(lambda: n.metadata(E, " + py(s[1]) + ", 0))\n";
                case "del" -> "t(lambda: n.setMetadata(E, None, None, " + py(s[1]) + ", 0))\n";
                default -> "t(lambda: n.setMetadata(E, " + py(s[1]) + ", " + py(s[2]) + ", " + py(s[3]) + ", 0))\n";
            });
        }
        List<String> expected = PythonOracle.run(MetadataPythonDiffTest.class, sb.toString());
        List<String> actual = new ArrayList<>();
        try (Connect c = Connect.open("test:///default")) {
            Domain n = c.domainDefineXML(NS_DOMAIN, 0);
            try {
                for (String[] s : NS_STEPS) {
                    t(actual, () -> switch (s[0]) {
                        case "md" -> py(section(n.getXMLDesc(0)));
                        case "get" -> py(n.getMetadata(2, s[1], 0));
                        case "del" -> {
                            n.setMetadata(2, null, null, s[1], 0);
                            yield "0";
                        }
                        default -> {
                            n.setMetadata(2, s[1], s[2], s[3], 0);
                            yield "0";
                        }
                    });
                }
            } finally {
                n.undefine(0);
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    static String script() {
        StringBuilder sb = new StringBuilder(PythonOracle.EVENT_PRELUDE).append("""
                d = c.lookupByName("test")
                E = libvirt.VIR_DOMAIN_METADATA_ELEMENT
                ev = []
                done = threading.Event()
                def mcb(conn, dom, typ, nsuri, o):
                    ev.append("EV %s %d %s" % (dom.name(), typ, nsuri))
                    if nsuri == "http://end":
                        done.set()
                c.domainEventRegisterAny(None, libvirt.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, mcb, None)
                def t(f):
                    try:
                        print(repr(f()))
                    except libvirt.libvirtError as e:
                        print(repr("ERR %d %d %s" % (e.get_error_code(), e.get_error_domain(), e.get_error_message())))
                def md(flags):
                    x = d.XMLDesc(flags)
                    i = x.find('<metadata')
                    return x[i:x.find('<memory')] if i >= 0 else None
                """);
        for (String[] s : STEPS) {
            sb.append("t(lambda: ").append(s[1]).append(")\n");
        }
        sb.append("""
                t(lambda: md(0))
                t(lambda: md(libvirt.VIR_DOMAIN_XML_INACTIVE))
                d.setMetadata(E, '<end/>', 'end', 'http://end', 0)
                done.wait(10)
                for e in ev:
                    print(repr(e))
                """);
        return sb.toString();
    }

    @Test
    void sameAsLibvirt() throws Exception {
        List<String> expected = PythonOracle.run(MetadataPythonDiffTest.class, script());

        List<String> actual = new ArrayList<>();
        List<String> events = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (Connect c = Connect.open("test:///default")) {
            Domain d = c.domainLookupByName("test");
            c.domainEventRegisterAny(null, DomainEventId.METADATA_CHANGE, e -> {
                DomainMetadataChangeEvent m = (DomainMetadataChangeEvent) e;
                events.add(py("EV " + m.domain().getName() + " " + m.type() + " " + (m.nsuri() == null ? "None" : m.nsuri())));
                if ("http://end".equals(m.nsuri())) {
                    done.countDown();
                }
            });
            for (String[] s : STEPS) {
                Call call = Call.parse(s[1]);
                t(actual, () -> {
                    if (s[0].equals("get")) {
                        return py(d.getMetadata(2, call.uri, call.flags));
                    }
                    d.setMetadata(2, call.xml, call.key, call.uri, call.flags);
                    return "0";
                });
            }
            t(actual, () -> py(section(d.getXMLDesc(0))));
            t(actual, () -> py(section(d.getXMLDesc(2))));
            d.setMetadata(2, "<end/>", "end", "http://end", 0);
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        }
        actual.addAll(events);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    static String section(String xml) {
        int i = xml.indexOf("<metadata");
        return i < 0 ? null : xml.substring(i, xml.indexOf("<memory"));
    }

    /** The arguments of one python step, read back from its text (single source for both runs). */
    record Call(String xml, String key, String uri, int flags) {

        static Call parse(String expr) {
            String args = expr.substring(expr.indexOf("(E, ") + 4, expr.length() - 1);
            List<String> parts = new ArrayList<>();
            int i = 0;
            while (i < args.length()) {
                char ch = args.charAt(i);
                if (ch == '\'' || ch == '"') {
                    int j = args.indexOf(ch, i + 1);
                    parts.add(args.substring(i + 1, j).replace("\\n", "\n"));
                    i = j + 1;
                } else if (ch == ',' || ch == ' ') {
                    i++;
                } else {
                    int j = args.indexOf(',', i);
                    j = j < 0 ? args.length() : j;
                    String tok = args.substring(i, j).strip();
                    parts.add(tok.equals("None") ? null : tok);
                    i = j;
                }
            }
            int flags = Integer.parseInt(parts.getLast());
            return parts.size() == 2 ? new Call(null, null, parts.get(0), flags)
                    : new Call(parts.get(0), parts.get(1), parts.get(2), flags);
        }
    }

    /** Python's repr of a str (or None), enough for these texts. */
    static String py(String s) {
        if (s == null) {
            return "None";
        }
        String q = s.contains("'") && !s.contains("\"") ? "\"" : "'";
        StringBuilder sb = new StringBuilder(q);
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\n' -> sb.append("\\n");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(String.valueOf(ch).equals(q) ? "\\" + ch : String.valueOf(ch));
            }
        }
        return sb.append(q).toString();
    }

    private static void t(List<String> out, Supplier<String> call) {
        try {
            out.add(call.get());
        } catch (VirtException e) {
            out.add(py("ERR " + e.code().value() + " " + e.domain().value() + " " + e.getMessage()));
        }
    }
}
