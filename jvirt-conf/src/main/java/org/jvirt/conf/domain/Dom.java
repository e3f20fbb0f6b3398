package org.jvirt.conf.domain;

import java.util.List;
import org.jvirt.conf.xml.XmlElements;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Minimal DOM walking helpers: direct children by name, attributes as null-when-absent. Deliberately no
 * XPath: one pass over children is what keeps parse cost low.
 */
final class Dom {

    private Dom() {
    }

    /** First child element with this local name, or null. */
    static Element child(Element parent, String name) {
        return XmlElements.child(parent, name);
    }

    /** All child elements with this local name. */
    static List<Element> children(Element parent, String name) {
        return XmlElements.children(parent, name);
    }

    /** All child elements. */
    static List<Element> elements(Element parent) {
        return XmlElements.elements(parent);
    }

    static String localName(Node n) {
        return XmlElements.localName(n);
    }

    /** The attribute value, or null when absent (DOM returns "" for absent attributes). */
    static String attr(Element e, String name) {
        return XmlElements.attr(e, name);
    }

    /** Attribute of the first child with the given name, or null. */
    static String childAttr(Element parent, String child, String name) {
        return attr(child(parent, child), name);
    }

    /** The element's text content, or null when the element is absent. */
    static String text(Element e) {
        return e == null ? null : e.getTextContent();
    }

    /** Text of the first child with this name, or null. */
    static String childText(Element parent, String name) {
        return text(child(parent, name));
    }

    /** The trimmed text of a child, or null when absent or blank (how libvirt reads most scalar elements). */
    static String childTextTrimmed(Element parent, String name) {
        String t = childText(parent, name);
        if (t == null) {
            return null;
        }
        t = t.strip();
        return t.isEmpty() ? null : t;
    }
}
