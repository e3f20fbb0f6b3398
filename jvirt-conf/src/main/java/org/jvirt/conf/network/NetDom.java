package org.jvirt.conf.network;

import java.util.List;
import org.jvirt.conf.xml.XmlElements;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Child/attribute lookups with libvirt's "absent is null" semantics (DOM gives "" for absent attributes). */
final class NetDom {

    private NetDom() {
    }

    static Element child(Element parent, String name) {
        return XmlElements.child(parent, name);
    }

    static List<Element> children(Element parent, String name) {
        return XmlElements.children(parent, name);
    }

    static List<Element> elements(Element parent) {
        return XmlElements.elements(parent);
    }

    static String localName(Node n) {
        return XmlElements.localName(n);
    }

    static String attr(Element e, String name) {
        return XmlElements.attr(e, name);
    }

    /** XPath string(./child[1]/@attr) gives "" when absent; libvirt then treats "" as absent. */
    static String childAttr(Element parent, String child, String name) {
        String v = attr(child(parent, child), name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** XPath string(./name[1]): the text, or null when absent or empty. */
    static String childText(Element parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t.isEmpty() ? null : t;
    }
}
