package org.jvirt.virsh.vsh;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way the shell reads XML into a DOM (the few documents virsh itself inspects or rewrites): no DTDs or
 * external entities, and no "[Fatal Error]" line on stderr, which the JDK's default error handler prints.
 */
public final class XmlDom {

    private static final ErrorHandler RAISE = new ErrorHandler() {
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

    private XmlDom() {
    }

    /** @throws SAXParseException for malformed text, with the line the parser stopped at */
    public static Document parse(String xml) throws SAXException {
        try {
            DocumentBuilder b = builder();
            b.setErrorHandler(RAISE);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (IOException e) {
            throw new IllegalStateException(e); // a string reader does not fail
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
