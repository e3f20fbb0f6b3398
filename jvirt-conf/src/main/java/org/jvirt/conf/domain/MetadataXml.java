package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static final String XMLNS = MetadataDump.XMLNS;
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private MetadataXml() {
    }

    /** The formatted {@code <metadata>} element (see {@link DomainDef#metadata()}), or null when there is none. */
    static String parse(Element root) {
        return parse(root, null);
    }

    /**
     * As {@link #parse(Element)}; with the source text, attributes keep their document order (the JDK DOM
     * hands them out sorted by name, libxml2 keeps them as written).
     *
     * <p>libvirt keeps a copy of the node (xmlCopyNode, then virXMLNodeSanitizeNamespaces) and dumps it: the copy
     * keeps the element's own attributes and namespace declarations, gets a declaration for every namespace its
     * subtree uses from outside it (declared on {@code <domain>} or above, in the order first met, including in
     * children that are dropped afterwards), and keeps only the first child of each namespace. An element with
     * no child left prints as {@code <metadata/>}.
     */
    static String parse(Element root, String source) {
        Element md = Dom.child(root, "metadata");
        if (md == null || md.getNamespaceURI() != null && root.getNamespaceURI() == null) {
            // libvirt's XPath ./metadata only matches an element without a namespace
            return null;
        }
        Map<Element, List<String>> order = source == null ? new IdentityHashMap<>() : attributeOrder(md, source);
        Map<String, String> outside = outOfScopeNamespaces(md);
        StringBuilder sb = new StringBuilder("<metadata");
        startTagAttributes(sb, md, order.get(md), outside);
        Set<String> seen = new HashSet<>();
        boolean any = false;
        for (Element e : Dom.elements(md)) {
            String ns = e.getNamespaceURI();
            if (ns == null || ns.isEmpty() || !seen.add(ns)) {
                continue;
            }
            sb.append(any ? "\n  " : ">\n  ");
            any = true;
            MetadataDump.element(sb, e, 1, order, MetadataXml::isBlank);
        }
        sb.append(any ? "\n</metadata>" : "/>");
        return sb.toString();
    }

    /**
     * The namespaces a copy of {@code e} (xmlStaticCopyNode) has to declare on its root because its elements or
     * attributes use them while the declaration lies outside the subtree: prefix ("" for the default namespace)
     * to URI, in the order libxml2 meets them (each element, then its attributes, then its children).
     */
    static Map<String, String> outOfScopeNamespaces(Element e) {
        Map<String, String> added = new LinkedHashMap<>();
        reconcile(e, new ArrayList<>(), added);
        return added;
    }

    private static void reconcile(Element e, List<String> scope, Map<String, String> added) {
        int mark = scope.size();
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (XMLNS.equals(a.getNamespaceURI())) {
                scope.add("xmlns".equals(a.getName()) ? "" : a.getLocalName());
            }
        }
        need(e.getPrefix(), e.getNamespaceURI(), scope, added);
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String ns = a.getNamespaceURI();
            if (ns != null && !XMLNS.equals(ns) && !XML_NS.equals(ns)) {
                need(a.getPrefix(), ns, scope, added);
            }
        }
        for (Element c : Dom.elements(e)) {
            reconcile(c, scope, added);
        }
        scope.subList(mark, scope.size()).clear();
    }

    private static void need(String prefix, String uri, List<String> scope, Map<String, String> added) {
        if (uri == null || uri.isEmpty()) {
            return;
        }
        String p = prefix == null ? "" : prefix;
        if (!scope.contains(p) && !added.containsKey(p)) {
            added.put(p, uri);
        }
    }

    /**
     * The attributes of a start tag as libxml2 writes them: the element's own namespace declarations, then the
     * {@code added} ones, then the ordinary attributes; source order when {@code names} lists them all.
     */
    static void startTagAttributes(StringBuilder sb, Element e, List<String> names, Map<String, String> added) {
        List<Attr> attrs = MetadataDump.orderedAttrs(e, names);
        for (Attr a : attrs) {
            if (XMLNS.equals(a.getNamespaceURI())) {
                MetadataDump.attr(sb, a.getName(), a.getValue());
            }
        }
        for (Map.Entry<String, String> d : added.entrySet()) {
            MetadataDump.attr(sb, d.getKey().isEmpty() ? "xmlns" : "xmlns:" + d.getKey(), d.getValue());
        }
        for (Attr a : attrs) {
            if (!XMLNS.equals(a.getNamespaceURI())) {
                MetadataDump.attr(sb, a.getName(), a.getValue());
            }
        }
    }

    /**
     * Pairs the elements under metadata (document order) with the attribute names of their start tags in the
     * source text. Falls back to an empty map (DOM order) when the text cannot be matched up.
     */
    private static Map<Element, List<String>> attributeOrder(Element md, String src) {
        List<Element> elements = new ArrayList<>();
        collect(md, elements);
        int start = findMetadata(src);
        if (start < 0) {
            return Map.of();
        }
        Map<Element, List<String>> out = new IdentityHashMap<>();
        int mdEnd = MetadataSource.tagEnd(src, start);
        if (mdEnd < 0) {
            return new IdentityHashMap<>();
        }
        out.put(md, MetadataSource.attrNames(src, start, mdEnd));
        if (src.charAt(mdEnd - 1) == '/') {
            return out;
        }
        int i = mdEnd + 1;
        int k = 0;
        int depth = 0;
        while (i > 0 && i < src.length() && k <= elements.size()) {
            int lt = src.indexOf('<', i);
            if (lt < 0) {
                return Map.of();
            }
            if (src.startsWith("<!--", lt)) {
                i = src.indexOf("-->", lt) + 3;
            } else if (src.startsWith("<![CDATA[", lt)) {
                i = src.indexOf("]]>", lt) + 3;
            } else if (src.startsWith("<?", lt)) {
                i = src.indexOf("?>", lt) + 2;
            } else if (src.startsWith("</", lt)) {
                if (depth == 0) {
                    break;
                }
                depth--;
                i = src.indexOf('>', lt) + 1;
            } else {
                int end = MetadataSource.tagEnd(src, lt);
                if (end < 0 || k >= elements.size()) {
                    return Map.of();
                }
                out.put(elements.get(k++), MetadataSource.attrNames(src, lt, end));
                if (src.charAt(end - 1) != '/') {
                    depth++;
                }
                i = end + 1;
            }
        }
        return k == elements.size() ? out : new IdentityHashMap<>();
    }

    private static void collect(Element e, List<Element> out) {
        for (Element c : Dom.elements(e)) {
            out.add(c);
            collect(c, out);
        }
    }

    /** Start of the {@code <metadata} tag that is a child of the root (depth 1), or -1. */
    private static int findMetadata(String src) {
        int depth = 0;
        int i = 0;
        while (true) {
            int lt = src.indexOf('<', i);
            if (lt < 0) {
                return -1;
            }
            if (src.startsWith("<!--", lt)) {
                i = src.indexOf("-->", lt) + 3;
            } else if (src.startsWith("<![CDATA[", lt)) {
                i = src.indexOf("]]>", lt) + 3;
            } else if (src.startsWith("<?", lt) || src.startsWith("<!", lt)) {
                i = src.indexOf('>', lt) + 1;
            } else if (src.startsWith("</", lt)) {
                depth--;
                i = src.indexOf('>', lt) + 1;
            } else {
                int end = MetadataSource.tagEnd(src, lt);
                if (end < 0) {
                    return -1;
                }
                if (depth == 1 && isName(src, lt + 1, "metadata")) {
                    return lt;
                }
                if (src.charAt(end - 1) != '/') {
                    depth++;
                }
                i = end + 1;
            }
            if (i <= 0) {
                return -1;
            }
        }
    }

    private static boolean isName(String src, int at, String name) {
        if (!src.startsWith(name, at)) {
            return false;
        }
        int after = at + name.length();
        return after < src.length() && (Character.isWhitespace(src.charAt(after)) || src.charAt(after) == '>'
                || src.charAt(after) == '/');
    }

    /** Whitespace-only text: libvirt parses without blank nodes, so these never reach the output. */
    private static boolean isBlank(Node n) {
        return n.getNodeType() == Node.TEXT_NODE && n.getNodeValue().isBlank();
    }
}
