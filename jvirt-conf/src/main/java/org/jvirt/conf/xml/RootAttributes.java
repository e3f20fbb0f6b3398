package org.jvirt.conf.xml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The root element's attribute names (local parts, namespace declarations left out) in document order. The DOM's
 * attribute map is sorted by name, libxml2's list is in document order, and its messages name the first one.
 */
public final class RootAttributes {

    private RootAttributes() {
    }

    /** Call only on text the DOM parser already accepted; an empty list if it cannot be read again. */
    public static List<String> of(String xml) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String> out = new ArrayList<>();
        try {
            XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamReader.START_ELEMENT) {
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            out.add(r.getAttributeLocalName(i));
                        }
                        break;
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return List.of();
        }
        return out;
    }
}
