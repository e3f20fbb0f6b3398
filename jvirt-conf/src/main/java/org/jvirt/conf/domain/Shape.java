package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The shape libvirt gives an element when it formats it back: which attributes it keeps and in which order,
 * whether it keeps text, and which children in which order (each with its own shape). Reading an element
 * through its shape yields an {@link XmlNode} already in output order; everything else is dropped, as
 * libvirt drops what it does not parse.
 */
final class Shape {

    final List<String> attrs;
    final boolean text;
    final Map<String, Shape> children = new LinkedHashMap<>();
    private final List<String> childOrder = new ArrayList<>();

    private Shape(boolean text, String... attrs) {
        this.attrs = List.of(attrs);
        this.text = text;
    }

    /** An element with these attributes in this order. */
    static Shape of(String... attrs) {
        return new Shape(false, attrs);
    }

    /** An element with text content (and these attributes). */
    static Shape text(String... attrs) {
        return new Shape(true, attrs);
    }

    /** Adds a child shape; children are written in the order they are declared. */
    Shape child(String name, Shape s) {
        children.put(name, s);
        childOrder.add(name);
        return this;
    }

    /** Adds several children that are all plain text elements. */
    Shape textChildren(String... names) {
        for (String n : names) {
            child(n, text());
        }
        return this;
    }

    /** A device-style {@code <address>} child: the union of libvirt's address attributes, in its order. */
    Shape address() {
        return child("address", ADDRESS);
    }

    /** The trailing {@code <alias>} and {@code <address>} every device can carry. */
    Shape deviceInfo() {
        return child("boot", Shape.of("order")).child("alias", Shape.of("name")).address();
    }

    static final Shape ADDRESS = of("type", "domain", "controller", "bus", "target", "slot", "function",
            "multifunction", "unit", "port", "reg", "cssid", "ssid", "devno", "iobase", "irq", "base", "device");

    XmlNode read(Element e) {
        List<String> a = new ArrayList<>(attrs.size() * 2);
        for (String n : attrs) {
            Attr at = e.getAttributeNode(n);
            if (at != null) {
                a.add(n);
                a.add(at.getValue());
            }
        }
        List<XmlNode> kids = new ArrayList<>();
        String t = null;
        if (!children.isEmpty()) {
            for (String cn : childOrder) {
                Shape cs = children.get(cn);
                for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n.getNodeType() == Node.ELEMENT_NODE && cn.equals(Dom.localName(n))) {
                        kids.add(cs.read((Element) n));
                    }
                }
            }
        }
        if (text) {
            t = e.getTextContent();
            if (!children.isEmpty() && t.isBlank()) {
                t = null;
            }
        }
        return new XmlNode(Dom.localName(e), a, t, kids);
    }

    /** Reads the first child of parent with this name through this shape, or null when absent. */
    XmlNode readChild(Element parent, String name) {
        Element c = Dom.child(parent, name);
        return c == null ? null : read(c);
    }

    static List<String> allAttrs(Element e) {
        List<String> out = new ArrayList<>();
        NamedNodeMap m = e.getAttributes();
        for (int i = 0; i < m.getLength(); i++) {
            out.add(m.item(i).getNodeName());
        }
        return out;
    }
}
