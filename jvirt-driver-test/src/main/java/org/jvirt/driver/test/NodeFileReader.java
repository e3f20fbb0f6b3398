package org.jvirt.driver.test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.DOMConfiguration;
import org.w3c.dom.DOMError;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSParser;
import org.w3c.dom.ls.LSParserFilter;
import org.w3c.dom.traversal.NodeFilter;

/**
 * Reads a node file into the JDK's DOM like XmlDocuments does, but hands the {@code <domain>} children of the
 * root to a consumer in batches as soon as their end tags are read and then drops their subtrees: a
 * 10,000-domain file never holds more than a batch of domain subtrees (the whole DOM is ~5x the file's size,
 * and, alive for the whole load, it used to be promoted and stay in the old generation). Each batch is handed
 * over while its elements are still attached under the root (namespace declarations in scope, as in the whole
 * DOM) and the parser is paused, so the consumer may read them from several threads.
 */
final class NodeFileReader {

    /** Domains handed over at once: enough to parse them on every core, few enough to stay in the young generation. */
    static final int BATCH = 256;

    private NodeFileReader() {
    }

    /**
     * The document without the domain elements already handed over (the last, partial batch stays attached),
     * or null when the text is not well-formed (the caller reparses it with XmlDocuments for libvirt's message).
     */
    static Document read(String xml, Consumer<List<Element>> domains) {
        return read(new StringReader(xml), domains);
    }

    /** As {@link #read(String, Consumer)}, from a character stream (a file read as it is parsed). */
    static Document read(java.io.Reader xml, Consumer<List<Element>> domains) {
        LSParser parser;
        try {
            parser = newParser();
        } catch (RuntimeException | ParserConfigurationException e) {
            return null;
        }
        boolean[] failed = {false};
        DOMConfiguration config = parser.getDomConfig();
        config.setParameter("error-handler", (org.w3c.dom.DOMErrorHandler) (DOMError err) -> {
            if (err.getSeverity() != DOMError.SEVERITY_WARNING) {
                failed[0] = true;
                return false;
            }
            return true;
        });
        Batcher batcher = new Batcher(domains);
        parser.setFilter(batcher);
        LSInput input = ((DOMImplementationLS) IMPL).createLSInput();
        input.setCharacterStream(xml);
        Document doc;
        try {
            doc = parser.parse(input);
        } catch (RuntimeException e) { // LSException included
            return null;
        }
        if (failed[0] || doc == null) {
            return null;
        }
        batcher.flush(false);
        return doc;
    }

    private static final org.w3c.dom.DOMImplementation IMPL;

    static {
        try {
            IMPL = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static LSParser newParser() throws ParserConfigurationException {
        LSParser p = ((DOMImplementationLS) IMPL).createLSParser(DOMImplementationLS.MODE_SYNCHRONOUS, null);
        DOMConfiguration c = p.getDomConfig();
        // XmlDocuments' settings: namespaces, no DOCTYPE (so no entities, nothing external), a fully built DOM
        // (secure processing is not a parameter here; the JDK's default XML limits apply to both parsers)
        set(c, "namespaces", true);
        set(c, "http://apache.org/xml/features/disallow-doctype-decl", true);
        set(c, "http://apache.org/xml/features/dom/defer-node-expansion", false);
        return p;
    }

    private static void set(DOMConfiguration c, String name, boolean value) {
        if (!c.canSetParameter(name, value)) {
            throw new IllegalStateException("LSParser cannot set " + name);
        }
        c.setParameter(name, value);
    }

    /** Collects the root's domain children and hands them over a batch at a time. */
    private static final class Batcher implements LSParserFilter {
        private final Consumer<List<Element>> sink;
        private final List<Element> batch = new ArrayList<>(BATCH);

        Batcher(Consumer<List<Element>> sink) {
            this.sink = sink;
        }

        @Override
        public short startElement(Element e) {
            return FILTER_ACCEPT;
        }

        @Override
        public short acceptNode(Node n) {
            if (!(n instanceof Element e) || !"domain".equals(localName(e))) {
                return FILTER_ACCEPT;
            }
            Node parent = e.getParentNode();
            if (!(parent instanceof Element root) || root.getParentNode() == null
                    || root.getParentNode().getNodeType() != Node.DOCUMENT_NODE || !"node".equals(localName(root))) {
                return FILTER_ACCEPT;
            }
            batch.add(e);
            if (batch.size() < BATCH) {
                return FILTER_ACCEPT;
            }
            flush(true);
            // the parser detaches the current element itself: removing it here would lose its place
            return FILTER_REJECT;
        }

        /** Hands the batch over; with detach, removes all but the last element (the parser rejects that one). */
        void flush(boolean detach) {
            if (batch.isEmpty()) {
                return;
            }
            sink.accept(List.copyOf(batch));
            if (detach) {
                for (int i = 0; i < batch.size() - 1; i++) {
                    Element d = batch.get(i);
                    d.getParentNode().removeChild(d);
                }
            }
            batch.clear();
        }

        @Override
        public int getWhatToShow() {
            return NodeFilter.SHOW_ELEMENT;
        }
    }

    private static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }
}
