package org.jvirt.virsh.domain;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An element as libxml2's xmlNodeDump prints it with formatting on, the way virsh --xpath shows matches: the
 * document read without blank text nodes, attributes in source order with double quotes, two spaces per level,
 * elements holding text kept on one line. The DOM sorts attributes by name, so their source order is read
 * once with StAX and matched to the elements in document order.
 */
public final class XmlNodeDump {

    private final Map<Node, List<String>> attrOrder = new IdentityHashMap<>();

    public XmlNodeDump(Document doc, String xml) {
        List<List<String>> orders = new ArrayList<>();
        try {
            XMLInputFactory f = XMLInputFactory.newDefaultFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String p = r.getAttributePrefix(i);
                        names.add(p == null || p.isEmpty() ? r.getAttributeLocalName(i) : p + ":" + r.getAttributeLocalName(i));
                    }
                    orders.add(names);
                }
            }
        } catch (XMLStreamException e) {
            return; // the DOM parsed it; without an order, attributes come out in the DOM's order
        }
        NodeList all = doc.getElementsByTagName("*");
        if (all.getLength() == orders.size()) {
            for (int i = 0; i < all.getLength(); i++) {
                attrOrder.put(all.item(i), orders.get(i));
            }
        }
    }

    /** Where an attribute stands among its element's attributes in the source (XPath matches come in that order). */
    int sourceIndex(Attr a) {
        List<String> order = attrOrder.get(a.getOwnerElement());
        return order == null ? 0 : order.indexOf(a.getName());
    }

    /** The nodes with each element's run of attributes put back in source order (the DOM sorts them by name). */
    List<Node> inSourceOrder(NodeList nodes) {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i));
        }
        int start = 0;
        while (start < out.size()) {
            int end = start;
            if (out.get(start) instanceof Attr a) {
                while (end + 1 < out.size() && out.get(end + 1) instanceof Attr b
                        && b.getOwnerElement() == a.getOwnerElement()) {
                    end++;
                }
                out.subList(start, end + 1).sort(java.util.Comparator.comparingInt(n -> sourceIndex((Attr) n)));
            }
            start = end + 1;
        }
        return out;
    }

    /**
     * The element as xmlNodeDump writes it without formatting (update-memory-device): every text node kept as
     * it is, so the document's own indentation survives; attributes in source order, double-quoted.
     */
    public String dumpAsIs(Element e) {
        StringBuilder b = new StringBuilder();
        asIs(b, e);
        return b.toString();
    }

    private void asIs(StringBuilder b, Element e) {
        b.append('<').append(e.getTagName());
        attrs(b, e);
        if (e.getFirstChild() == null) {
            b.append("/>");
            return;
        }
        b.append('>');
        for (Node k = e.getFirstChild(); k != null; k = k.getNextSibling()) {
            if (k instanceof Element c) {
                asIs(b, c);
            } else {
                node(b, k, 0);
            }
        }
        b.append("</").append(e.getTagName()).append('>');
    }

    /** The node at {@code level} (its first line is not indented; the caller indents it). */
    String dump(Node n, int level) {
        StringBuilder b = new StringBuilder();
        node(b, n, level);
        return b.toString();
    }

    private void node(StringBuilder b, Node n, int level) {
        switch (n.getNodeType()) {
            case Node.ELEMENT_NODE -> element(b, (Element) n, level);
            case Node.TEXT_NODE -> text(b, n.getNodeValue(), false);
            case Node.CDATA_SECTION_NODE -> b.append("<![CDATA[").append(n.getNodeValue()).append("]]>");
            case Node.COMMENT_NODE -> b.append("<!--").append(n.getNodeValue()).append("-->");
            default -> b.append(n.getNodeValue() == null ? "" : n.getNodeValue());
        }
    }

    private void element(StringBuilder b, Element e, int level) {
        b.append('<').append(e.getTagName());
        attrs(b, e);
        List<Node> kids = children(e);
        if (kids.isEmpty()) {
            b.append("/>");
            return;
        }
        b.append('>');
        boolean format = kids.stream().allMatch(k -> k.getNodeType() == Node.ELEMENT_NODE
                || k.getNodeType() == Node.COMMENT_NODE);
        for (Node k : kids) {
            if (format) {
                b.append('\n').append("  ".repeat(level + 1));
                node(b, k, level + 1);
            } else {
                // libxml2 stops formatting inside an element that holds text
                node(b, k, 0);
            }
        }
        if (format) {
            b.append('\n').append("  ".repeat(level));
        }
        b.append("</").append(e.getTagName()).append('>');
    }

    private void attrs(StringBuilder b, Element e) {
        NamedNodeMap attrs = e.getAttributes();
        List<String> order = attrOrder.get(e);
        if (order != null && order.size() == attrs.getLength()) {
            for (String name : order) {
                attr(b, (Attr) attrs.getNamedItem(name));
            }
        } else {
            for (int i = 0; i < attrs.getLength(); i++) {
                attr(b, (Attr) attrs.item(i));
            }
        }
    }

    /** The children without blank text nodes (the document is read as virsh reads it, without blanks). */
    private static List<Node> children(Element e) {
        List<Node> out = new ArrayList<>();
        boolean hasElement = false;
        for (Node k = e.getFirstChild(); k != null; k = k.getNextSibling()) {
            hasElement |= k.getNodeType() == Node.ELEMENT_NODE;
        }
        for (Node k = e.getFirstChild(); k != null; k = k.getNextSibling()) {
            if (hasElement && k.getNodeType() == Node.TEXT_NODE && k.getNodeValue().isBlank()) {
                continue;
            }
            out.add(k);
        }
        return out;
    }

    private static void attr(StringBuilder b, Attr a) {
        b.append(' ').append(a.getName()).append("=\"");
        text(b, a.getValue(), true);
        b.append('"');
    }

    private static void text(StringBuilder b, String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> b.append(c);
            }
        }
    }
}
