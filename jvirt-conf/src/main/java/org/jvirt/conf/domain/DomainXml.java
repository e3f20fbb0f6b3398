package org.jvirt.conf.domain;

import org.jvirt.conf.rng.RngSchemas;

import org.jvirt.conf.xml.XmlDocuments;
import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorDomain;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The domain XML facade: text to {@link DomainDef} (parse, post-parse, validate) and back (format).
 * Every input ends in a DomainDef or a {@link org.jvirt.error.VirtException} carrying libvirt's error.
 */
public final class DomainXml {

    /** libvirt's document name in parse error messages. */
    static final String URL = "(domain_definition)";

    private DomainXml() {
    }

    /** Parses a full {@code <domain>} document and applies post-parse defaults and validation. */
    public static DomainDef parse(String xml, DomainParseOptions opts) {
        Element root = root(xml, "domain");
        if (opts.validateSchema()) {
            RngSchemas.require("domain.rng", root, xml);
        }
        DomainDef raw = DomainParser.parse(root, opts, xml);
        DomainDef def = DomainPostParse.apply(raw, opts);
        DomainValidate.validate(def);
        return def;
    }

    /**
     * Parses a {@code <domain>} element that is part of a larger document (the test driver's node file), with the
     * same post-parse and validation as {@link #parse}. Added for jvirt-driver-test.
     */
    public static DomainDef parseElement(Element root, DomainParseOptions opts) {
        DomainDef raw = DomainParser.parse(root, opts);
        DomainDef def = DomainPostParse.apply(raw, opts);
        DomainValidate.validate(def);
        return def;
    }

    /**
     * The whole-definition checks (virDomainDefValidate) on a definition a driver changed: attach-device runs them
     * on the definition with the new device (duplicate disk targets, non unique aliases).
     */
    public static void validate(DomainDef def) {
        DomainValidate.validate(def);
    }

    /** Writes the definition as libvirt 9.0's virDomainDefFormat would. */
    public static String format(DomainDef def, DomainFormatOptions opts) {
        XmlWriter w = new XmlWriter(new StringBuilder(2048));
        DomainFormatter.format(w, def, opts);
        return w.toString();
    }

    /**
     * Writes the definition into a document being built (a snapshot's {@code <domain>} and
     * {@code <inactiveDomain>}), at the writer's indentation, under the root element name {@code root}.
     */
    public static void formatInto(XmlWriter w, DomainDef def, DomainFormatOptions opts, String root) {
        DomainFormatter.format(w, def, opts, root);
    }

    /**
     * Parses one device element (attach-device / detach-device / update-device). The context definition
     * supplies what device post-parse needs (disk bus defaults, existing controllers, MAC uniqueness).
     */
    public static DeviceDef parseDevice(String xml, DomainDef context, DomainParseOptions opts) {
        Element root = root(xml, null);
        DeviceDef dev = DevicesXml.parseDevice(root, context, opts);
        if (dev == null) {
            throw Err.xml("unknown device type '%s'", Dom.localName(root));
        }
        return DomainPostParse.device(dev, context, opts);
    }

    /** Writes one device the way it appears inside {@code <devices>}, without the indentation. */
    public static String formatDevice(DeviceDef dev, DomainFormatOptions opts) {
        XmlWriter w = new XmlWriter(new StringBuilder(512));
        DevicesXml.formatDevice(w, dev, opts);
        return w.toString();
    }

    private static Element root(String xml, String expected) {
        Document doc = XmlDocuments.parse(xml, URL, ErrorDomain.DOMAIN);
        Element root = doc.getDocumentElement();
        if (expected != null && !expected.equals(Dom.localName(root))) {
            throw org.jvirt.error.VirtException.of(org.jvirt.error.ErrorCode.XML_ERROR, ErrorDomain.XML,
                    "expecting root element of '" + expected + "', not '" + Dom.localName(root) + "'");
        }
        return root;
    }
}
