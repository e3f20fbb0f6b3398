package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.xml.XmlElements;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Child and attribute lookups with libvirt's semantics. Children are matched as its XPath ("./vlan") matches
 * them: by name and with no namespace, so {@code <dnsmasq:options>} is never taken for a libvirt element.
 * Attributes come in the two flavours libvirt reads them with: {@link #attr} (virXMLPropString: present but
 * empty is "") and {@link #xattr} (XPath string(./@a): empty is absent).
 */
final class NetDom {

    private NetDom() {
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (matches(n, name)) {
                return (Element) n;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>(2);
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (matches(n, name)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** Child elements in the given namespace (for namespaced extensions such as dnsmasq:options). */
    static List<Element> childrenNs(Element parent, String namespace, String name) {
        List<Element> out = new ArrayList<>(2);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && namespace.equals(n.getNamespaceURI())
                    && name.equals(localName(n))) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** All child elements without a namespace, in document order. */
    static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && n.getNamespaceURI() == null) {
                out.add((Element) n);
            }
        }
        return out;
    }

    private static boolean matches(Node n, String name) {
        return n.getNodeType() == Node.ELEMENT_NODE && n.getNamespaceURI() == null && name.equals(localName(n));
    }

    static String localName(Node n) {
        return XmlElements.localName(n);
    }

    /** virXMLPropString: the value, "" when present but empty, null when absent (or no element). */
    static String attr(Element e, String name) {
        return XmlElements.attr(e, name);
    }

    /** XPath string(./@name): libvirt's virXPathString gives null for both absent and empty. */
    static String xattr(Element e, String name) {
        String v = attr(e, name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** XPath string(./child[1]/@attr), empty read as absent. */
    static String childAttr(Element parent, String child, String name) {
        return xattr(child(parent, child), name);
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

    /** STRCASEEQ: ASCII-only case folding, as C's strcasecmp in the C locale. */
    static boolean asciiEqualsIgnoreCase(String a, String b) {
        if (a == null || a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lower(a.charAt(i)) != lower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
