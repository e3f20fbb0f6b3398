package org.jvirt.virsh.domain;

import org.jvirt.virsh.vsh.XmlDom;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading the few elements of domain XML that virsh itself inspects (disks, interfaces, graphics). */
final class Xml {

    private Xml() {
    }

    static Element parse(String xml) {
        try {
            return XmlDom.parse(xml).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Child elements of {@code parent} named {@code name}. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> l = children(parent, name);
        return l.isEmpty() ? null : l.get(0);
    }

    /** The attribute, or null when absent. */
    static String attr(Element e, String name) {
        return e == null || !e.hasAttribute(name) ? null : e.getAttribute(name);
    }
}
