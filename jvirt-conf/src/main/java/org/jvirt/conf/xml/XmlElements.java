package org.jvirt.conf.xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Minimal DOM walking helpers shared by the domain and network parsers: direct children by name,
 * attributes as null-when-absent. Deliberately no XPath: one pass over children is what keeps parse cost
 * low.
 */
public final class XmlElements {

    /** The element whose children {@link #indexed} has indexed on this thread, with their first by name. */
    private record Index(Element parent, Map<String, Element> first) {
    }

    private static final ThreadLocal<Index> INDEX = new ThreadLocal<>();

    private XmlElements() {
    }

    /**
     * Runs {@code body} with the first child of each name of {@code parent} looked up in a map built once, instead
     * of a scan per {@link #child} call: a domain's root has some 50 optional element families, each looked up
     * by name (a fifth of the time to load a 10,000-domain node file went to those scans). The DOM must not
     * change while {@code body} runs.
     */
    public static <T> T indexed(Element parent, Supplier<T> body) {
        Map<String, Element> first = new HashMap<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                first.putIfAbsent(localName(n), (Element) n);
            }
        }
        Index outer = INDEX.get();
        INDEX.set(new Index(parent, first));
        try {
            return body.get();
        } finally {
            INDEX.set(outer);
        }
    }

    /** First child element with this local name, or null (also null when the parent is null). */
    public static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        Index index = INDEX.get();
        if (index != null && index.parent() == parent) {
            return index.first().get(name);
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && name.equals(localName(n))) {
                return (Element) n;
            }
        }
        return null;
    }

    /** All child elements with this local name (empty when the parent is null). */
    public static List<Element> children(Element parent, String name) {
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
    public static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** The local name, falling back to the node name for non-namespace-aware nodes. */
    public static String localName(Node n) {
        String l = n.getLocalName();
        return l != null ? l : n.getNodeName();
    }

    /** The attribute value, or null when absent (DOM returns "" for absent attributes). */
    public static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        Attr a = e.getAttributeNode(name);
        return a == null ? null : a.getValue();
    }
}
