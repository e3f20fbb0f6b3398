package org.jvirt.conf.rng;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.w3c.dom.Attr;
import org.w3c.dom.Node;

/**
 * Judges a document's root element against an {@link RngPattern.Element} whose content is an interleave of
 * optional elements (the shape of libvirt's domaincheckpoint.rng), and words the failure as libxml2 2.9's RELAX NG
 * validator does, one message per line in its order. What libxml2 does there, and so what this reproduces:
 * <ul>
 * <li>a root with a namespace fails at once ("Expecting no namespace for element R");</li>
 * <li>the children are walked in document order, whitespace, comments and processing instructions skipped, each
 * element sorted to the interleave part that names it; the walk stops at the first node no part takes (text,
 * an unknown or namespaced element);</li>
 * <li>the parts are then checked in schema order, each against the elements sorted to it; the first part that
 * cannot take all of them fails the root ("Extra element X in interleave", "Element R failed to validate
 * content"). Why an element failed is never said: those messages belong to an optional branch and are
 * dropped;</li>
 * <li>otherwise the node the walk stopped at is extra content ("Element R has extra content: X", X being the
 * element's local name, "text" for text and nothing for CDATA);</li>
 * <li>otherwise any attribute on the root is invalid; only the first in document order is named.</li>
 * </ul>
 */
public final class RngValidator {

    private RngValidator() {
    }

    /**
     * The messages (empty when the element is valid).
     *
     * @param attributeOrder the root's attribute names in document order (the DOM does not keep that order);
     *                       asked for only when an attribute has to be named
     */
    public static List<String> validate(RngPattern.Element pattern, org.w3c.dom.Element root,
            Supplier<List<String>> attributeOrder) {
        String name = pattern.name();
        if (!name.equals(RngMatcher.localName(root))) {
            return List.of("Expecting element " + name + ", got " + RngMatcher.localName(root));
        }
        if (root.getNamespaceURI() != null) {
            return List.of("Expecting no namespace for element " + name);
        }
        if (!(pattern.content() instanceof RngPattern.Interleave il)) {
            throw new IllegalArgumentException("the root's content must be an interleave");
        }
        List<String> partNames = new ArrayList<>();
        for (RngPattern part : il.parts()) {
            partNames.add(partName(part));
        }
        List<List<org.w3c.dom.Element>> sorted = new ArrayList<>();
        for (int i = 0; i < partNames.size(); i++) {
            sorted.add(new ArrayList<>());
        }
        Node stop = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (RngMatcher.ignorable(n)) {
                continue;
            }
            int i = n.getNodeType() == Node.ELEMENT_NODE && n.getNamespaceURI() == null
                    ? partNames.indexOf(RngMatcher.localName(n)) : -1;
            if (i < 0) {
                stop = n;
                break;
            }
            sorted.get(i).add((org.w3c.dom.Element) n);
        }
        for (int i = 0; i < partNames.size(); i++) {
            List<org.w3c.dom.Element> got = sorted.get(i);
            if (!got.isEmpty() && (got.size() > 1 || !matchesPart(il.parts().get(i), got.getFirst()))) {
                return List.of("Extra element " + partNames.get(i) + " in interleave",
                        "Element " + name + " failed to validate content");
            }
        }
        if (stop != null) {
            return List.of("Element " + name + " has extra content: " + nodeName(stop));
        }
        List<Attr> attrs = RngMatcher.attributes(root);
        if (!attrs.isEmpty()) {
            String first = attrs.size() == 1 ? RngMatcher.localName(attrs.getFirst()) : attributeOrder.get().getFirst();
            return List.of("Invalid attribute " + first + " for element " + name);
        }
        return List.of();
    }

    /** Each part is an optional single element (described or foreign): the name the walk sorts by. */
    private static String partName(RngPattern part) {
        if (part instanceof RngPattern.Optional(RngPattern.Element e)) {
            return e.name();
        }
        if (part instanceof RngPattern.Optional(RngPattern.Foreign f)) {
            return f.name();
        }
        throw new IllegalArgumentException("interleave parts must be optional elements: " + part);
    }

    private static boolean matchesPart(RngPattern part, org.w3c.dom.Element e) {
        return switch (((RngPattern.Optional) part).inner()) {
            case RngPattern.Element pe -> RngMatcher.matches(pe, e);
            case RngPattern.Foreign pf -> RngMatcher.matches(pf, e);
            default -> throw new IllegalArgumentException("interleave parts must be optional elements: " + part);
        };
    }

    /** libxml2's node name: the local name of an element, "text" for text, none for CDATA. */
    private static String nodeName(Node n) {
        return switch (n.getNodeType()) {
            case Node.ELEMENT_NODE -> RngMatcher.localName(n);
            case Node.TEXT_NODE -> "text";
            default -> "";
        };
    }
}
