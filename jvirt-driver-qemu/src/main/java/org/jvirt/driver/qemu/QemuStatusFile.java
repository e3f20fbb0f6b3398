package org.jvirt.driver.qemu;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jvirt.DomainState;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainFormatOptions;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.conf.domain.DomainXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The status file of a running domain (libvirt's /run/libvirt/qemu/NAME.xml, {@code <domstatus>}): state and
 * reason, QEMU's pid, the monitor socket, the id and the live XML, enough for a later process to find the guest
 * again. Pure text in and out; {@link QemuDriver} writes it atomically.
 */
record QemuStatusFile(DomainState state, int reason, long pid, Path monitor, int id, boolean gotShutdown, boolean fakeReboot,
                      DomainDef def) {

    /** As the canonical constructor, without a fake reboot under way. */
    QemuStatusFile(DomainState state, int reason, long pid, Path monitor, int id, boolean gotShutdown, DomainDef def) {
        this(state, reason, pid, monitor, id, gotShutdown, false, def);
    }

    String format() {
        String xml = DomainXml.format(def, new DomainFormatOptions(id, false, true));
        StringBuilder b = new StringBuilder();
        b.append("<domstatus state='").append(state.name().toLowerCase(java.util.Locale.ROOT))
                .append("' reason='").append(reason).append("' pid='").append(pid).append("' id='").append(id)
                .append("' shutdown='").append(gotShutdown ? "yes" : "no").append('\'');
        if (fakeReboot) {
            // libvirt's <fakereboot/>: reboot pressed the power button; the guest's SHUTDOWN means reset, not stop
            b.append(" fakereboot='yes'");
        }
        b.append(">\n");
        b.append("  <monitor path='").append(escape(monitor.toString())).append("'/>\n");
        for (String line : xml.strip().split("\n")) {
            b.append("  ").append(line).append('\n');
        }
        return b.append("</domstatus>\n").toString();
    }

    /** Reads a status file; the domain XML is parsed as live state (pty paths kept). */
    static QemuStatusFile parse(String text, DomainParseOptions opts) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("malformed status file: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!"domstatus".equals(root.getLocalName())) {
            throw new IOException("not a status file: <" + root.getLocalName() + ">");
        }
        Element monitor = null;
        Element domain = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                switch (e.getLocalName()) {
                    case "monitor" -> monitor = e;
                    case "domain" -> domain = e;
                    default -> { }
                }
            }
        }
        if (monitor == null || domain == null) {
            throw new IOException("status file lacks <monitor> or <domain>");
        }
        try {
            DomainState state = DomainState.valueOf(root.getAttribute("state").toUpperCase(java.util.Locale.ROOT));
            return new QemuStatusFile(state, Integer.parseInt(root.getAttribute("reason")),
                    Long.parseLong(root.getAttribute("pid")), Path.of(monitor.getAttribute("path")),
                    Integer.parseInt(root.getAttribute("id")), "yes".equals(root.getAttribute("shutdown")),
                    "yes".equals(root.getAttribute("fakereboot")),
                    DomainXml.parseElement(domain, opts.toBuilder().inactive(false).build()));
        } catch (IllegalArgumentException e) {
            throw new IOException("malformed status file: " + e.getMessage(), e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("'", "&apos;").replace("<", "&lt;");
    }
}
