package org.jvirt.conf.xml;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an XML text into a DOM with no network or file access (no DTDs, no external entities), turning
 * malformed input into libvirt's XML_DETAIL error: "(domain_definition):LINE: message".
 */
public final class XmlDocuments {

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(XmlDocuments::newBuilder);

    private XmlDocuments() {
    }

    /**
     * @param url libvirt's name for the document in messages, e.g. "(domain_definition)"
     * @param domain the error domain libvirt reports parse errors under for this document kind
     */
    public static Document parse(String xml, String url, ErrorDomain domain) {
        DocumentBuilder b = BUILDER.get();
        b.reset();
        b.setErrorHandler(SILENT);
        try {
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw VirtException.of(ErrorCode.XML_DETAIL, domain, LibxmlErrors.describe(xml, url, e));
        } catch (SAXException | IOException e) {
            throw VirtException.of(ErrorCode.XML_DETAIL, domain, "%s: %s", url, e.getMessage());
        }
    }

    /**
     * virXMLParse with a root element name: the document's root, or libxml's XML_ERROR when the root has another
     * name (checked before anything else, the schema of the VALIDATE flags included).
     */
    public static org.w3c.dom.Element parseRoot(String xml, String url, ErrorDomain domain, String expected) {
        org.w3c.dom.Element root = parse(xml, url, domain).getDocumentElement();
        String name = XmlElements.localName(root);
        if (!expected.equals(name)) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                    "expecting root element of '" + expected + "', not '" + name + "'");
        }
        return root;
    }

    private static DocumentBuilder newBuilder() {
        try {
            // the JDK's own parser, without the service lookup newInstance() does (milliseconds at startup)
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setExpandEntityReferences(false);
            // Small documents: building the full DOM at once is cheaper than Xerces' deferred nodes.
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
