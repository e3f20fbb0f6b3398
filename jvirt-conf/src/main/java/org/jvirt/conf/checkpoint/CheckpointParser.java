package org.jvirt.conf.checkpoint;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.conf.xml.XmlElements;
import org.w3c.dom.Element;

/** Reads {@code <domaincheckpoint>} in libvirt 9.0's order of checks (virDomainCheckpointDefParse). */
final class CheckpointParser {

    private CheckpointParser() {
    }

    /** root already passed our domaincheckpoint.rng; what the schema guarantees is not checked again. */
    static CheckpointDef parse(Element root, CheckpointParseOptions opts) {
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
                // the schema compares the value as a token: " no " passes it
                String type = XmlElements.attr(d, "checkpoint");
                type = type == null ? null : type.strip();
                // no attribute means bitmap (virDomainCheckpointDiskDefParseXML)
                disks.add(new CheckpointDiskDef(XmlElements.attr(d, "name"),
                        type == null ? CheckpointType.BITMAP : CheckpointType.parse(type), XmlElements.attr(d, "bitmap")));
            }
        }
        return new CheckpointDef(name, description, parentName, creationTime, disks, dom);
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
