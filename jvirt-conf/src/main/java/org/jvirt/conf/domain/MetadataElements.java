package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jvirt.conf.xml.XmlDocuments;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Metadata elements (virDomainSetMetadata / virDomainGetMetadata with VIR_DOMAIN_METADATA_ELEMENT) as pure
 * functions over {@link DomainDef#metadata()}, the formatted {@code <metadata>} element. Behaviour as
 * libvirt 9.0's virDomainDefSetMetadata / virXMLInjectNamespace / virXMLExtractNamespaceXML, checked with
 * python3-libvirt:
 * <ul>
 * <li>set parses the text as its own document "(metadata_xml)"; the key must be an NCName; the namespace
 * {@code xmlns:KEY="URI"} is declared on the root (after any it already declares) and given to every element
 * of the tree that has no namespace, at any depth; an element already in a namespace keeps it, so such a root
 * can later neither be found nor removed under URI (libvirt's quirk, kept);</li>
 * <li>every top-level child whose namespace is URI is removed, then the new element is appended last;</li>
 * <li>get returns the first top-level child in URI, copied the way xmlCopyNode does it (namespaces declared
 * above it, e.g. on {@code <metadata>}, are declared on the copy), with that namespace stripped from its
 * elements and attributes and its declaration dropped, formatted like libxml2's node dump;</li>
 * <li>the {@code <metadata>} element keeps its own attributes and namespace declarations; removing its last
 * child leaves {@code <metadata/>}.</li>
 * </ul>
 * Kept in its own file (rather than in MetadataXml) so the element family's parser can evolve independently.
 */
public final class MetadataElements {

    private static final String XMLNS = MetadataDump.XMLNS;
    /** xmlValidateNCName for the ASCII cases plus letters/digits beyond ASCII. */
    private static final Pattern NCNAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-\\u00B7]*");

    private MetadataElements() {
    }

    /** The element stored under {@code uri}, or null when there is none (libvirt's NO_DOMAIN_METADATA case). */
    public static String get(String metadata, String uri) {
        Parsed p = Parsed.of(metadata);
        if (p == null) {
            return null;
        }
        for (Element e : children(p.doc.getDocumentElement())) {
            if (uri.equals(e.getNamespaceURI())) {
                declareOutOfScope(e, p.order);
                strip(e, uri, p.order);
                StringBuilder sb = new StringBuilder();
                MetadataDump.element(sb, e, 0, p.order, MetadataElements::isBlank);
                return sb.toString();
            }
        }
        return null;
    }

    /** xmlCopyNode: namespaces the subtree uses but that are declared above it are declared on its root. */
    private static void declareOutOfScope(Element e, Map<Element, List<String>> order) {
        Map<String, String> outside = MetadataXml.outOfScopeNamespaces(e);
        if (outside.isEmpty()) {
            return;
        }
        List<String> names = order.get(e);
        names = names == null ? null : new ArrayList<>(names);
        for (Map.Entry<String, String> d : outside.entrySet()) {
            String qname = d.getKey().isEmpty() ? "xmlns" : "xmlns:" + d.getKey();
            e.setAttributeNS(XMLNS, qname, d.getValue());
            if (names != null) {
                names.add(qname);
            }
        }
        if (names != null) {
            order.put(e, names);
        }
    }

    /**
     * The metadata after setting (or, with {@code xml} null, removing) the element of {@code uri}. Returns the
     * input unchanged when removing from a definition without metadata; {@code <metadata/>} (with the element's
     * own attributes) when the last child went away, as libvirt keeps the empty element.
     */
    public static String set(String metadata, String xml, String key, String uri) {
        String added = null;
        if (xml != null) {
            added = inject(xml, key, uri);
        } else if (metadata == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder("<metadata");
        Parsed p = Parsed.of(metadata);
        boolean any = false;
        if (p != null) {
            Element md = p.doc.getDocumentElement();
            MetadataXml.startTagAttributes(sb, md, p.order.get(md), Map.of());
            for (Element e : children(md)) {
                if (!uri.equals(e.getNamespaceURI())) {
                    sb.append(any ? "\n  " : ">\n  ");
                    any = true;
                    MetadataDump.element(sb, e, 1, p.order, MetadataElements::isBlank);
                }
            }
        }
        if (added != null) {
            sb.append(any ? "\n  " : ">\n  ").append(added);
            any = true;
        }
        sb.append(any ? "\n</metadata>" : "/>");
        return sb.toString();
    }

    /** virXMLParseStringCtxt + virXMLInjectNamespace: the formatted new element in its namespace. */
    private static String inject(String xml, String key, String uri) {
        Document doc = XmlDocuments.parse(xml, "(metadata_xml)", ErrorDomain.DOMAIN);
        if (!NCNAME.matcher(key).matches()) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.XML,
                    "failed to validate prefix for a new XML namespace");
        }
        // libvirt works on doc->children: a leading comment or PI is what it tries to put the namespace on
        Node first = doc.getFirstChild();
        Element root = doc.getDocumentElement();
        Map<Element, List<String>> order = attributeOrder(doc, xml);
        if (first != root || key.equals("xml") || root.hasAttribute("xmlns:" + key)) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.XML, "failed to create a new XML namespace");
        }
        List<String> rootAttrs = order.get(root);
        root = setNamespace(doc, root, key, uri, order);
        root.setAttributeNS(XMLNS, "xmlns:" + key, uri);
        if (rootAttrs != null) {
            List<String> names = new ArrayList<>(rootAttrs);
            names.add("xmlns:" + key);
            order.put(root, names);
        }
        StringBuilder sb = new StringBuilder();
        MetadataDump.element(sb, root, 1, order, MetadataElements::isBlank);
        return sb.toString();
    }

    /** Gives every element without a namespace, at any depth, the new one; returns the (possibly new) node. */
    private static Element setNamespace(Document doc, Element e, String key, String uri, Map<Element, List<String>> order) {
        Element out = e;
        if (e.getNamespaceURI() == null) {
            List<String> names = order.remove(e);
            out = (Element) doc.renameNode(e, uri, key + ":" + localName(e));
            if (names != null) {
                order.put(out, names);
            }
        }
        for (Element c : children(out)) {
            setNamespace(doc, c, key, uri, order);
        }
        return out;
    }

    /** virXMLRemoveElementNamespace: the elements in {@code uri} lose their prefix and the declaration goes. */
    private static void strip(Element e, String uri, Map<Element, List<String>> order) {
        Element cur = e;
        if (uri.equals(e.getNamespaceURI())) {
            cur = (Element) e.getOwnerDocument().renameNode(e, null, localName(e));
        }
        NamedNodeMap attrs = cur.getAttributes();
        for (int i = attrs.getLength() - 1; i >= 0; i--) {
            Attr a = (Attr) attrs.item(i);
            if (XMLNS.equals(a.getNamespaceURI()) && uri.equals(a.getValue())) {
                cur.removeAttributeNode(a);
            }
        }
        // attributes in the namespace lose their prefix as well (libvirt prints a:k="v" as k="v")
        for (int i = attrs.getLength() - 1; i >= 0; i--) {
            Attr a = (Attr) attrs.item(i);
            if (uri.equals(a.getNamespaceURI()) && cur.getAttributeNode(a.getLocalName()) == null) {
                String old = a.getName();
                cur.getOwnerDocument().renameNode(a, null, a.getLocalName());
                List<String> names = order.get(cur);
                if (names != null) {
                    List<String> renamed = new ArrayList<>(names);
                    renamed.replaceAll(n -> n.equals(old) ? a.getLocalName() : n);
                    order.put(cur, renamed);
                }
            }
        }
        for (Element c : children(cur)) {
            strip(c, uri, order);
        }
    }

    private static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    /** The stored element parsed, with its attribute order; null if unreadable. */
    private record Parsed(Document doc, Map<Element, List<String>> order) {

        static Parsed of(String metadata) {
            if (metadata == null || metadata.isBlank()) {
                return null;
            }
            String src = metadata;
            try {
                Document doc = XmlDocuments.parse(src, "(metadata)", ErrorDomain.DOMAIN);
                return new Parsed(doc, attributeOrder(doc, src));
            } catch (VirtException e) {
                return null;
            }
        }
    }

    // ---- libxml2's node dump (format=1), attributes in document order ----

    /**
     * Pairs the elements of {@code doc} (document order) with the attribute names of the start tags in the
     * text: the JDK DOM hands attributes out sorted by name, libxml2 keeps them as written.
     */
    static Map<Element, List<String>> attributeOrder(Document doc, String src) {
        List<Element> elements = new ArrayList<>();
        collect(doc.getDocumentElement(), elements);
        Map<Element, List<String>> out = new IdentityHashMap<>();
        int k = 0;
        int i = 0;
        while (k < elements.size()) {
            int lt = src.indexOf('<', i);
            if (lt < 0) {
                return new IdentityHashMap<>();
            }
            if (src.startsWith("<!--", lt)) {
                i = src.indexOf("-->", lt) + 3;
            } else if (src.startsWith("<![CDATA[", lt)) {
                i = src.indexOf("]]>", lt) + 3;
            } else if (src.startsWith("<?", lt) || src.startsWith("</", lt) || src.startsWith("<!", lt)) {
                i = src.indexOf('>', lt) + 1;
            } else {
                int end = MetadataSource.tagEnd(src, lt);
                if (end < 0) {
                    return new IdentityHashMap<>();
                }
                out.put(elements.get(k++), MetadataSource.attrNames(src, lt, end));
                i = end + 1;
            }
            if (i <= 0) {
                return new IdentityHashMap<>();
            }
        }
        return out;
    }

    private static void collect(Element e, List<Element> out) {
        out.add(e);
        for (Element c : children(e)) {
            collect(c, out);
        }
    }

    /**
     * Whitespace that only formatting put there. libvirt keeps the blanks of the text it is given
     * ({@code <a>  <b/>  </a>} stays mixed content, printed as is), but the stored form is formatted text, whose
     * indentation is always a newline and spaces: only such blanks are dropped. A newline-led blank the user
     * wrote is therefore lost on the next edit (a known difference).
     */
    private static boolean isBlank(Node n) {
        return n.getNodeType() == Node.TEXT_NODE && n.getNodeValue().isBlank() && n.getNodeValue().startsWith("\n");
    }


}
