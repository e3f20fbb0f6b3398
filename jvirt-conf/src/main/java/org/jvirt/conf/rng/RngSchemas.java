package org.jvirt.conf.rng;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Validation of a document against one of our schemas (org/jvirt/conf/schemas/NAME.rng), as libvirt does for the
 * VALIDATE flags: the grammar is loaded on first use and kept, nothing is loaded unless a flag asks for it.
 */
public final class RngSchemas {

    static final String DIR = "/org/jvirt/conf/schemas/";
    /** Where libvirt installs its schemas: the path is part of the message. */
    static final String LIBVIRT_DIR = "/usr/share/libvirt/schemas/";

    private record Loaded(RngGrammar grammar, RngShapes shapes, RngCompiled compiled) {
        Loaded(RngGrammar grammar, RngShapes shapes) {
            this(grammar, shapes, RngCompiled.of(grammar, shapes));
        }
    }

    private static final Map<String, Loaded> CACHE = new ConcurrentHashMap<>();

    private RngSchemas() {
    }

    /**
     * libxml2's messages for the document against our schema {@code name} (e.g. "domain.rng"), empty when valid.
     *
     * @param xml the document's text, read again only when an element's attribute order matters to a message
     */
    public static List<String> check(String name, Element root, String xml) {
        Loaded l = CACHE.computeIfAbsent(name, n -> new Loaded(RngLoader.load(DIR, n), new RngShapes()));
        synchronized (l) { // the shapes cache is filled as the walk goes
            return RngWalk.validate(l.grammar(), l.shapes(), l.compiled(), root, new AttributeOrder(root, xml)::of);
        }
    }

    /** Validates and throws libvirt's XML_INVALID_SCHEMA error when the document does not pass. */
    public static void require(String name, Element root, String xml) {
        List<String> messages = check(name, root, xml);
        if (!messages.isEmpty()) {
            throw invalid(name, messages);
        }
    }

    /**
     * libvirt's refusal (virXMLValidateAgainstSchema): the installed schema's path, then each of libxml2's messages
     * on its own line, the last one ending the text with a newline as well.
     */
    public static VirtException invalid(String name, List<String> messages) {
        StringBuilder b = new StringBuilder("Unable to validate doc against ").append(LIBVIRT_DIR).append(name)
                .append('\n');
        for (String m : messages) {
            b.append(m).append('\n');
        }
        return VirtException.of(ErrorCode.XML_INVALID_SCHEMA, ErrorDomain.XML, b.toString());
    }

    /** Attribute names in document order for each element, read with StAX on first need (the DOM sorts them). */
    private static final class AttributeOrder {
        private final Element root;
        private final String xml;
        private Map<Node, List<String>> byElement;

        AttributeOrder(Element root, String xml) {
            this.root = root;
            this.xml = xml;
        }

        List<String> of(Element e) {
            if (byElement == null) {
                byElement = read();
            }
            return byElement.getOrDefault(e, List.of());
        }

        private Map<Node, List<String>> read() {
            List<Element> inOrder = new ArrayList<>();
            preorder(root, inOrder);
            Map<Node, List<String>> out = new IdentityHashMap<>();
            XMLInputFactory f = XMLInputFactory.newDefaultFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            try {
                XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
                int i = 0;
                while (r.hasNext() && i < inOrder.size()) {
                    if (r.next() == XMLStreamReader.START_ELEMENT) {
                        List<String> names = new ArrayList<>();
                        for (int a = 0; a < r.getAttributeCount(); a++) {
                            String p = r.getAttributePrefix(a);
                            String local = r.getAttributeLocalName(a);
                            names.add(p == null || p.isEmpty() ? local : p + ":" + local);
                        }
                        out.put(inOrder.get(i++), names);
                    }
                }
                r.close();
            } catch (XMLStreamException e) {
                // the DOM parser accepted the text; if StAX does not, the DOM's order has to do
            }
            return out;
        }

        private static void preorder(Element e, List<Element> out) {
            out.add(e);
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c) {
                    preorder(c, out);
                }
            }
        }
    }
}
