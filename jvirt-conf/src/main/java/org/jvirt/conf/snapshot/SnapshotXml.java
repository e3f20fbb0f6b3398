package org.jvirt.conf.snapshot;

import org.jvirt.conf.xml.XmlDocuments;
import org.jvirt.conf.xml.XmlElements;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/**
 * The domain snapshot XML facade: text to {@link SnapshotDef} (virDomainSnapshotDefParseString) and back
 * (virDomainSnapshotDefFormat). Drivers add what depends on the domain (state, disks) themselves.
 */
public final class SnapshotXml {

    /** libvirt's document name in parse error messages. */
    static final String URL = "(domain_snapshot)";

    private SnapshotXml() {
    }

    public static SnapshotDef parse(String xml, SnapshotParseOptions opts) {
        return parseInternal(xml, opts).def();
    }

    /** The driver's own saved form (PARSE_INTERNAL): the definition and whether it was the current snapshot. */
    public record Saved(SnapshotDef def, boolean current) {
    }

    public static Saved parseSaved(String xml, SnapshotParseOptions opts) {
        SnapshotParser.Parsed p = parseInternal(xml, opts.withInternal(true));
        return new Saved(p.def(), p.current());
    }

    private static SnapshotParser.Parsed parseInternal(String xml, SnapshotParseOptions opts) {
        Element root = XmlDocuments.parse(xml, URL, ErrorDomain.DOMAIN_SNAPSHOT).getDocumentElement();
        if (!"domainsnapshot".equals(XmlElements.localName(root))) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                    "expecting root element of 'domainsnapshot', not '" + XmlElements.localName(root) + "'");
        }
        if (opts.validateSchema()) {
            org.jvirt.conf.rng.RngSchemas.require("domainsnapshot.rng", root, xml);
        }
        return SnapshotParser.parse(root, opts);
    }

    /** The public form (virDomainSnapshotGetXMLDesc); {@code domainUuid} stands in for a missing domain. */
    public static String format(SnapshotDef def, String domainUuid, boolean secure) {
        return SnapshotFormatter.format(def, domainUuid, secure, null);
    }

    /** The driver's saved form, with {@code <active>}. */
    public static String formatSaved(SnapshotDef def, String domainUuid, boolean current) {
        return SnapshotFormatter.format(def, domainUuid, true, current);
    }
}
