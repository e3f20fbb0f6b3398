package org.jvirt.conf.rng;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What libxml2 works out about a grammar before validating, computed here once per pattern object and kept:
 * an element's split into attributes (its direct attribute children, checked first) and content; an
 * interleave's partition (which part takes which child, by name); whether a choice can be "triaged" (each
 * branch starts with elements no other branch has, so the child's name picks the branch).
 */
final class RngShapes {

    /** An element's attributes and content, libxml2's split. */
    record ElementShape(List<RngPattern> attrs, List<RngPattern> content) {
    }

    /** One part of an interleave and the element/text patterns it may contain at its top. */
    record Part(RngPattern rule, List<RngPattern> defs) {
    }

    /**
     * @param triage child key (name + "\0" + ns, "#text", "#any\0ns") to part index, or null when the parts
     *               must be tried in order
     * @param needCheck a triaged part must still match the child (some parts use name classes)
     * @param mixed a part is plain text
     */
    record Partition(List<Part> parts, Map<String, Integer> triage, boolean needCheck, boolean mixed) {
    }

    private final Map<RngPattern, ElementShape> elements = new IdentityHashMap<>();
    private final Map<RngPattern, Partition> partitions = new IdentityHashMap<>();
    private final Map<RngPattern, Map<String, RngPattern>> triages = new IdentityHashMap<>();
    private static final Map<String, RngPattern> NOT_TRIABLE = Map.of();

    ElementShape element(RngPattern e) {
        return elements.computeIfAbsent(e, k -> {
            RngPattern content = switch (k) {
                case RngPattern.Element el -> el.content();
                case RngPattern.AnyElement el -> el.content();
                default -> throw new IllegalArgumentException();
            };
            List<RngPattern> parts = content instanceof RngPattern.Group g ? g.parts() : List.of(content);
            // libxml2 keeps the direct attributes in reverse order, and its content as a list, except that
            // content starting with an element is one group
            java.util.LinkedList<RngPattern> attrs = new java.util.LinkedList<>();
            List<RngPattern> rest = new ArrayList<>();
            for (RngPattern p : parts) {
                if (p instanceof RngPattern.Attribute || p instanceof RngPattern.AnyAttribute) {
                    attrs.addFirst(p);
                } else {
                    rest.add(p);
                }
            }
            if (rest.size() > 1 && (rest.getFirst() instanceof RngPattern.Element
                    || rest.getFirst() instanceof RngPattern.AnyElement)) {
                rest = new ArrayList<>(List.of(new RngPattern.Group(List.copyOf(rest))));
            }
            // then it moves content that yields only attributes to the front of the attributes
            while (!rest.isEmpty() && attributesOnly(rest.getFirst())) {
                attrs.addFirst(rest.removeFirst());
            }
            for (int i = 1; i < rest.size();) {
                if (attributesOnly(rest.get(i))) {
                    attrs.addFirst(rest.remove(i));
                } else {
                    i++;
                }
            }
            return new ElementShape(List.copyOf(attrs), List.copyOf(rest));
        });
    }

    /** Yields no element, text or value: only attributes (libxml2 checks such content with the attributes). */
    private static boolean attributesOnly(RngPattern p) {
        return switch (p) {
            case RngPattern.Element e -> false;
            case RngPattern.AnyElement e -> false;
            case RngPattern.Text t -> false;
            case RngPattern.Data d -> false;
            case RngPattern.Value v -> false;
            case RngPattern.Empty e -> false;
            case RngPattern.Choice c -> c.options().stream().allMatch(RngShapes::attributesOnly);
            case RngPattern.Interleave i -> i.parts().stream().allMatch(RngShapes::attributesOnly);
            case RngPattern.Group g -> g.parts().stream().allMatch(RngShapes::attributesOnly);
            case RngPattern.Optional o -> attributesOnly(o.inner());
            case RngPattern.ZeroOrMore z -> attributesOnly(z.inner());
            case RngPattern.OneOrMore m -> attributesOnly(m.inner());
            case RngPattern.Ref r -> attributesOnly(r.target());
            default -> true;
        };
    }

    Partition partition(RngPattern.Interleave il) {
        return partitions.computeIfAbsent(il, k -> {
            List<Part> parts = new ArrayList<>();
            Map<String, Integer> triage = new HashMap<>();
            int determinist = 1;
            boolean mixed = false;
            for (RngPattern rule : il.parts()) {
                if (rule instanceof RngPattern.Text) {
                    mixed = true;
                }
                List<RngPattern> defs = new ArrayList<>();
                collect(rule, true, defs);
                parts.add(new Part(rule, defs));
                if (defs.isEmpty()) {
                    determinist = 0;
                    continue;
                }
                for (RngPattern d : defs) {
                    String key = key(d);
                    if (key == null) {
                        determinist = -1;
                    } else {
                        if (key.startsWith("#any") && d instanceof RngPattern.AnyElement) {
                            if (determinist == 1) {
                                determinist = 2;
                            }
                        }
                        if (triage.putIfAbsent(key, parts.size() - 1) != null) {
                            determinist = -1;
                        }
                    }
                }
            }
            boolean useTriage = determinist == 1 || determinist == 2;
            return new Partition(parts, useTriage ? triage : null, determinist == 2, mixed);
        });
    }

    /** The branch a child's key picks, or NOT_TRIABLE (empty) when the choice cannot be triaged. */
    Map<String, RngPattern> triage(RngPattern.Choice ch) {
        return triages.computeIfAbsent(ch, k -> {
            if (nullable(ch)) {
                return NOT_TRIABLE;
            }
            Map<String, RngPattern> t = new HashMap<>();
            for (RngPattern branch : ch.options()) {
                List<RngPattern> defs = new ArrayList<>();
                collect(branch, false, defs);
                if (defs.isEmpty()) {
                    return NOT_TRIABLE;
                }
                for (RngPattern d : defs) {
                    String key = key(d);
                    if (key == null || t.putIfAbsent(key, branch) != null) {
                        return NOT_TRIABLE;
                    }
                }
            }
            return t;
        });
    }

    /** The triage key of an element or text pattern; null for data, value and the like. */
    private static String key(RngPattern d) {
        return switch (d) {
            case RngPattern.Text t -> "#text";
            case RngPattern.Element e -> e.name() + "\0";
            case RngPattern.AnyElement(NameClass.Name(String ns, String local), RngPattern c) -> local + "\0" + ns;
            case RngPattern.AnyElement(NameClass.NsName(String ns, NameClass x), RngPattern c) -> "#any\0" + ns;
            case RngPattern.AnyElement e -> "#any\0";
            default -> null;
        };
    }

    /** The child key of a content node, as the tables above are keyed. */
    static String nodeKey(org.w3c.dom.Node n) {
        if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE || n.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
            return "#text";
        }
        String ns = n.getNamespaceURI() == null ? "" : n.getNamespaceURI();
        return RngNodes.localName(n) + "\0" + ns;
    }

    /**
     * The element and text patterns (and with {@code values}, data and value too) found in p without entering
     * elements or attributes: libxml2's candidates for a child.
     */
    private static void collect(RngPattern p, boolean values, List<RngPattern> out) {
        switch (p) {
            case RngPattern.Element e -> out.add(e);
            case RngPattern.AnyElement e -> out.add(e);
            case RngPattern.Text t -> out.add(t);
            case RngPattern.Data d -> {
                if (values) {
                    out.add(d);
                }
            }
            case RngPattern.Value v -> {
                if (values) {
                    out.add(v);
                }
            }
            case RngPattern.Choice c -> c.options().forEach(o -> collect(o, values, out));
            case RngPattern.Interleave i -> i.parts().forEach(o -> collect(o, values, out));
            case RngPattern.Group g -> g.parts().forEach(o -> collect(o, values, out));
            case RngPattern.Optional o -> collect(o.inner(), values, out);
            case RngPattern.ZeroOrMore z -> collect(z.inner(), values, out);
            case RngPattern.OneOrMore m -> collect(m.inner(), values, out);
            case RngPattern.Ref r -> collect(r.target(), values, out);
            default -> {
            }
        }
    }

    /** libxml2's nullable test, first part only for a ref (its define's first child). */
    static boolean nullable(RngPattern p) {
        return switch (p) {
            case RngPattern.Empty e -> true;
            case RngPattern.Text t -> true;
            case RngPattern.Optional o -> true;
            case RngPattern.ZeroOrMore z -> true;
            case RngPattern.OneOrMore m -> nullable(m.inner());
            case RngPattern.Ref r -> nullable(r.target() instanceof RngPattern.Group g ? g.parts().getFirst() : r.target());
            case RngPattern.Choice c -> c.options().stream().anyMatch(RngShapes::nullable);
            case RngPattern.Group g -> g.parts().stream().allMatch(RngShapes::nullable);
            case RngPattern.Interleave i -> i.parts().stream().allMatch(RngShapes::nullable);
            default -> false;
        };
    }

    /** Whether a content node can be taken by one of a part's candidates. */
    static boolean nodeMatches(org.w3c.dom.Node n, List<RngPattern> defs) {
        for (RngPattern d : defs) {
            if (n.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                if (RngWalk.nameMatches(d, n)) {
                    return true;
                }
            } else if ((n.getNodeType() == org.w3c.dom.Node.TEXT_NODE
                    || n.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE)
                    && (d instanceof RngPattern.Text || d instanceof RngPattern.Data || d instanceof RngPattern.Value)) {
                return true;
            }
        }
        return false;
    }
}
