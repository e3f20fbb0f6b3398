package org.jvirt.conf.rng;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** DOM nodes as libxml2's validator sees them: local names, and attributes without namespace declarations. */
final class RngNodes {

    private RngNodes() {
    }

    /** libxml2 compares node->name, the local part. */
    static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    /** Attributes as libxml2 sees them: namespace declarations are not attributes. */
    static List<Attr> attributes(org.w3c.dom.Element e) {
        List<Attr> out = new ArrayList<>();
        NamedNodeMap m = e.getAttributes();
        for (int i = 0; i < m.getLength(); i++) {
            Attr a = (Attr) m.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                out.add(a);
            }
        }
        return out;
    }
}
