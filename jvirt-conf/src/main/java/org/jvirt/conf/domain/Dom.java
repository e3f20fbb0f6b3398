package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
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
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && name.equals(localName(n))) {
                return (Element) n;
            }
        }
        return null;
    }

    /** All child elements with this local name. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>(2);
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && name.equals(localName(n))) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** All child elements. */
    static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) n);
            }
        }
        return out;
    }

    static String localName(Node n) {
        String l = n.getLocalName();
        return l != null ? l : n.getNodeName();
    }

    /** The attribute value, or null when absent (DOM returns "" for absent attributes). */
    static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        Attr a = e.getAttributeNode(name);
        return a == null ? null : a.getValue();
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
