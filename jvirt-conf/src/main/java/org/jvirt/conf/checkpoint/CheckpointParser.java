package org.jvirt.conf.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.conf.xml.XmlElements;
import org.w3c.dom.Element;

/** Reads {@code <domaincheckpoint>} in libvirt 9.0's order of checks (virDomainCheckpointDefParse). */
final class CheckpointParser {

    /** The children domaincheckpoint.rng allows; anything else fails libvirt's schema validation. */
    private static final Set<String> ALLOWED = Set.of("name", "description", "parent", "creationTime", "disks", "domain");

    private CheckpointParser() {
    }

    static CheckpointDef parse(Element root, CheckpointParseOptions opts) {
        schemaCheck(root);
        String name = text(root, "name");
        if (name == null && opts.redefine()) {
            throw CheckpointErr.xml("a redefined checkpoint must have a name");
        }
        String description = text(root, "description");
        long creationTime;
        String parentName = null;
        DomainDef dom = null;
        if (opts.redefine()) {
            creationTime = creationTime(text(root, "creationTime"));
            Element parent = XmlElements.child(root, "parent");
            parentName = parent == null ? null : text(parent, "name");
            Element domain = XmlElements.child(root, "domain");
            if (domain != null) {
                dom = DomainXml.parseElement(domain, opts.domainOptions());
            }
        } else {
            // virDomainMomentDefPostParse: now, and the time as the default name
            creationTime = opts.clock().getAsLong();
            if (name == null) {
                name = Long.toString(creationTime);
            }
        }
        List<CheckpointDiskDef> disks = new ArrayList<>();
        Element disksEl = XmlElements.child(root, "disks");
        if (disksEl != null) {
            for (Element d : XmlElements.elements(disksEl)) {
                String type = XmlElements.attr(d, "checkpoint");
                // no attribute means bitmap (virDomainCheckpointDiskDefParseXML)
                disks.add(new CheckpointDiskDef(XmlElements.attr(d, "name"),
                        type == null ? CheckpointType.BITMAP : CheckpointType.parse(type), XmlElements.attr(d, "bitmap")));
            }
        }
        return new CheckpointDef(name, description, parentName, creationTime, disks, dom);
    }

    /** The part of domaincheckpoint.rng libvirt's own code relies on ("schema guarantees"). */
    private static void schemaCheck(Element root) {
        for (Element e : XmlElements.elements(root)) {
            String n = XmlElements.localName(e);
            if (!ALLOWED.contains(n)) {
                throw CheckpointErr.schema("element <" + n + "> is not allowed in <domaincheckpoint>");
            }
            if (n.equals("creationTime") && !e.getTextContent().matches("[0-9]+")) {
                throw CheckpointErr.schema("<creationTime> must be a number of seconds");
            }
            if (n.equals("disks")) {
                for (Element d : XmlElements.elements(e)) {
                    String type = XmlElements.attr(d, "checkpoint");
                    if (!"disk".equals(XmlElements.localName(d)) || XmlElements.attr(d, "name") == null
                            || type != null && !type.equals("no") && !type.equals("bitmap")
                            || "no".equals(type) && XmlElements.attr(d, "bitmap") != null) {
                        throw CheckpointErr.schema("<disks> allows only <disk name='...'> with checkpoint='no' or "
                                + "checkpoint='bitmap' [bitmap='...']");
                    }
                }
            }
        }
    }

    /** virXPathLongLong on string(./creationTime): missing or not a number is the same error. */
    private static long creationTime(String s) {
        try {
            if (s != null) {
                return Long.parseLong(s);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CheckpointErr.internal("missing creationTime from existing checkpoint");
    }

    /** virXPathString("string(./NAME)"): the text of the first such child, null when absent or empty. */
    private static String text(Element parent, String name) {
        Element e = XmlElements.child(parent, name);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t.isEmpty() ? null : t;
    }
}
