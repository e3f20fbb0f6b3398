package org.jvirt.conf.domain;

import java.util.HashSet;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * {@code <metadata>}: kept as text, re-serialised the way libvirt does it (libxml2's formatted node dump,
 * double-quoted attributes, blank text dropped). Like virXMLNodeSanitizeNamespaces, children without a
 * namespace and second children using an already seen namespace are dropped.
 */
final class MetadataXml {

    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private MetadataXml() {
    }

    /** The formatted children (relative indentation, one per line), or null when there is no metadata. */
    static String parse(Element root) {
        Element md = Dom.child(root, "metadata");
        if (md == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (Element e : Dom.elements(md)) {
            String ns = e.getNamespaceURI();
            if (ns == null || ns.isEmpty() || !seen.add(ns)) {
                continue;
            }
            dump(sb, e, 0);
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void dump(StringBuilder sb, Element e, int level) {
        sb.append('<').append(e.getNodeName());
        NamedNodeMap attrs = e.getAttributes();
        // libxml2 writes namespace declarations before ordinary attributes.
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                boolean isNs = XMLNS.equals(a.getNamespaceURI());
                if (isNs == (pass == 0)) {
                    sb.append(' ').append(a.getName()).append("=\"");
                    escape(sb, a.getValue(), true);
                    sb.append('"');
                }
            }
        }
        boolean hasText = false;
        boolean hasChild = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isBlank(n)) {
                continue;
            }
            hasChild = true;
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                hasText = true;
            }
        }
        if (!hasChild) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isBlank(n)) {
                continue;
            }
            if (!hasText) {
                sb.append('\n');
                indent(sb, level + 1);
            }
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> dump(sb, (Element) n, hasText ? 0 : level + 1);
                case Node.TEXT_NODE -> escape(sb, n.getNodeValue(), false);
                case Node.CDATA_SECTION_NODE -> sb.append("<![CDATA[").append(n.getNodeValue()).append("]]>");
                case Node.COMMENT_NODE -> sb.append("<!--").append(n.getNodeValue()).append("-->");
                default -> {
                }
            }
        }
        if (!hasText) {
            sb.append('\n');
            indent(sb, level);
        }
        sb.append("</").append(e.getNodeName()).append('>');
    }

    /** Whitespace-only text: libvirt parses without blank nodes, so these never reach the output. */
    private static boolean isBlank(Node n) {
        return n.getNodeType() == Node.TEXT_NODE && n.getNodeValue().isBlank();
    }

    private static void indent(StringBuilder sb, int level) {
        for (int i = 0; i < level; i++) {
            sb.append("  ");
        }
    }

    private static void escape(StringBuilder sb, String s, boolean attr) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\r' -> sb.append("&#13;");
                case '"' -> sb.append(attr ? "&quot;" : "\"");
                case '\n' -> sb.append(attr ? "&#10;" : "\n");
                case '\t' -> sb.append(attr ? "&#9;" : "\t");
                default -> sb.append(c);
            }
        }
    }
}
