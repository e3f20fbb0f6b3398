package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Metadata elements written as libxml2's xmlNodeDump(format=1) writes them (double-quoted attributes, namespace
 * declarations first, two-space indentation, none inside mixed content): the one serialiser of the domain's
 * {@code <metadata>} (MetadataXml) and of the metadata API's elements (MetadataElements).
 */
final class MetadataDump {

    static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private MetadataDump() {
    }

    /**
     * One element and its subtree. {@code order} gives the attribute names of start tags as written in the source
     * (the JDK DOM hands attributes out sorted by name, libxml2 keeps them as written); {@code blank} tells the
     * text nodes that formatting put there, which are not written.
     */
    static void element(StringBuilder sb, Element e, int level, Map<Element, List<String>> order, Predicate<Node> blank) {
        sb.append('<').append(e.getNodeName());
        List<Attr> attrs = orderedAttrs(e, order.get(e));
        for (int pass = 0; pass < 2; pass++) {
            for (Attr a : attrs) {
                if (XMLNS.equals(a.getNamespaceURI()) == (pass == 0)) {
                    attr(sb, a.getName(), a.getValue());
                }
            }
        }
        boolean hasText = false;
        boolean hasChild = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!blank.test(n)) {
                hasChild = true;
                hasText |= n.getNodeType() != Node.ELEMENT_NODE;
            }
        }
        if (!hasChild) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (blank.test(n)) {
                continue;
            }
            if (!hasText) {
                sb.append('\n').append("  ".repeat(level + 1));
            }
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> element(sb, (Element) n, hasText ? 0 : level + 1, order, blank);
                case Node.TEXT_NODE -> MetadataSource.escape(sb, n.getNodeValue(), false);
                case Node.CDATA_SECTION_NODE -> sb.append("<![CDATA[").append(n.getNodeValue()).append("]]>");
                case Node.COMMENT_NODE -> sb.append("<!--").append(n.getNodeValue()).append("-->");
                default -> {
                }
            }
        }
        if (!hasText) {
            sb.append('\n').append("  ".repeat(level));
        }
        sb.append("</").append(e.getNodeName()).append('>');
    }

    /** The attributes in source order when every one is known by name, else in DOM order. */
    static List<Attr> orderedAttrs(Element e, List<String> names) {
        NamedNodeMap map = e.getAttributes();
        List<Attr> out = new ArrayList<>(map.getLength());
        if (names != null) {
            // names of attributes removed since (a stripped declaration) are skipped
            for (String n : names) {
                Attr a = e.getAttributeNode(n);
                if (a != null) {
                    out.add(a);
                }
            }
            if (out.size() == map.getLength()) {
                return out;
            }
            out.clear();
        }
        for (int i = 0; i < map.getLength(); i++) {
            out.add((Attr) map.item(i));
        }
        return out;
    }

    /** {@code  name="value"}, the value escaped as libxml2 escapes attribute values. */
    static void attr(StringBuilder sb, String name, String value) {
        sb.append(' ').append(name).append("=\"");
        MetadataSource.escape(sb, value, true);
        sb.append('"');
    }
}
