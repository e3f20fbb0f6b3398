package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Child/attribute lookups with libvirt's "absent is null" semantics (DOM gives "" for absent attributes). */
final class NetDom {

    private NetDom() {
    }

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

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>(2);
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.ELEMENT_NODE && name.equals(localName(n))) {
                    out.add((Element) n);
                }
            }
        }
        return out;
    }

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

    static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        Attr a = e.getAttributeNode(name);
        return a == null ? null : a.getValue();
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
