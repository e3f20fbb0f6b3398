package org.jvirt.conf.rng;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Whether one element matches an {@link RngPattern.Element}: RELAX NG's meaning, computed over sets of states
 * (position in the child list, attributes consumed) the way libxml2's validator explores them. Only the answer is
 * kept: below the level {@link RngValidator} reports on, libxml2 discards the messages of a failed alternative.
 */
final class RngMatcher {

    /** Where a partial match stands: index of the next child node, bit i set when attribute i was consumed. */
    private record State(int pos, long used) {
    }

    private RngMatcher() {
    }

    /** The element's name, namespace, attributes and content match. */
    static boolean matches(RngPattern.Element pattern, org.w3c.dom.Element node) {
        if (!named(node, pattern.name())) {
            return false;
        }
        Content c = new Content(node);
        if (c.attrs.size() > 63) {
            return false; // no schema of ours allows that many; keeps the consumed set in one long
        }
        long all = (1L << c.attrs.size()) - 1;
        for (State s : step(pattern.content(), c, Set.of(new State(0, 0)))) {
            if (c.skipIgnored(s.pos) == c.nodes.size() && s.used == all) {
                return true;
            }
        }
        return false;
    }

    /** The foreign element's name and the attributes and children it cannot be without. */
    static boolean matches(RngPattern.Foreign pattern, org.w3c.dom.Element node) {
        if (!named(node, pattern.name())) {
            return false;
        }
        List<Attr> attrs = attributes(node);
        for (String a : pattern.requiredAttributes()) {
            if (attrs.stream().noneMatch(at -> at.getNamespaceURI() == null && a.equals(localName(at)))) {
                return false;
            }
        }
        for (String child : pattern.requiredChildren()) {
            boolean found = false;
            for (Node n = node.getFirstChild(); n != null && !found; n = n.getNextSibling()) {
                found = named(n, child);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** An element node with this local name and no namespace (libxml2 compares node->name, the local part). */
    static boolean named(Node n, String name) {
        return n.getNodeType() == Node.ELEMENT_NODE && n.getNamespaceURI() == null && name.equals(localName(n));
    }

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

    /** Comments, processing instructions and whitespace-only text between elements never count. */
    static boolean ignorable(Node n) {
        return switch (n.getNodeType()) {
            case Node.COMMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE -> true;
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> n.getNodeValue().chars()
                    .allMatch(ch -> ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r');
            default -> false;
        };
    }

    private static Set<State> step(RngPattern p, Content c, Set<State> in) {
        Set<State> out = new LinkedHashSet<>();
        switch (p) {
            case RngPattern.Empty e -> out.addAll(in);
            case RngPattern.Element e -> {
                for (State s : in) {
                    int i = c.skipIgnored(s.pos);
                    if (i < c.nodes.size() && c.nodes.get(i) instanceof org.w3c.dom.Element child && matches(e, child)) {
                        out.add(new State(i + 1, s.used));
                    }
                }
            }
            case RngPattern.Foreign f -> {
                for (State s : in) {
                    int i = c.skipIgnored(s.pos);
                    if (i < c.nodes.size() && c.nodes.get(i) instanceof org.w3c.dom.Element child && matches(f, child)) {
                        out.add(new State(i + 1, s.used));
                    }
                }
            }
            case RngPattern.Attribute a -> {
                for (State s : in) {
                    for (int i = 0; i < c.attrs.size(); i++) {
                        Attr at = c.attrs.get(i);
                        if ((s.used & (1L << i)) == 0 && at.getNamespaceURI() == null
                                && a.name().equals(localName(at)) && valueMatches(a.value(), at.getValue())) {
                            out.add(new State(s.pos, s.used | (1L << i)));
                        }
                    }
                }
            }
            case RngPattern.Text t -> {
                for (State s : in) {
                    int i = s.pos;
                    while (i < c.nodes.size() && c.nodes.get(i).getNodeType() != Node.ELEMENT_NODE) {
                        i++;
                    }
                    out.add(new State(i, s.used));
                }
            }
            case RngPattern.Value v -> dataContent(v, c, in, out);
            case RngPattern.Data d -> dataContent(d, c, in, out);
            case RngPattern.Group g -> {
                Set<State> cur = in;
                for (RngPattern part : g.parts()) {
                    cur = step(part, c, cur);
                }
                out.addAll(cur);
            }
            case RngPattern.Choice ch -> {
                for (RngPattern o : ch.options()) {
                    out.addAll(step(o, c, in));
                }
            }
            case RngPattern.Optional o -> {
                out.addAll(in);
                out.addAll(step(o.inner(), c, in));
            }
            case RngPattern.OneOrMore m -> {
                Set<State> fresh = step(m.inner(), c, in);
                while (!fresh.isEmpty()) {
                    out.addAll(fresh);
                    Set<State> next = step(m.inner(), c, fresh);
                    next.removeAll(out);
                    fresh = next;
                }
            }
            case RngPattern.Interleave il -> throw new IllegalArgumentException(
                    "interleave is only supported as the content RngValidator reports on");
            case RngPattern.ZeroOrMore z -> throw new IllegalArgumentException("loaded grammars use RngWalk");
            case RngPattern.NotAllowed n -> throw new IllegalArgumentException("loaded grammars use RngWalk");
            case RngPattern.Ref r -> throw new IllegalArgumentException("loaded grammars use RngWalk");
            case RngPattern.AnyElement a -> throw new IllegalArgumentException("loaded grammars use RngWalk");
            case RngPattern.AnyAttribute a -> throw new IllegalArgumentException("loaded grammars use RngWalk");
        }
        return out;
    }

    /** data or value as element content: all text of the remaining children, no child element allowed. */
    private static void dataContent(RngPattern p, Content c, Set<State> in, Set<State> out) {
        for (State s : in) {
            StringBuilder text = new StringBuilder();
            boolean ok = true;
            for (int i = s.pos; i < c.nodes.size() && ok; i++) {
                Node n = c.nodes.get(i);
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    ok = false;
                } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                    text.append(n.getNodeValue());
                }
            }
            if (ok && valueMatches(p, text.toString())) {
                out.add(new State(c.nodes.size(), s.used));
            }
        }
    }

    /** An attribute value or element text against text, value, data or a choice of them. */
    static boolean valueMatches(RngPattern p, String v) {
        return switch (p) {
            case RngPattern.Text t -> true;
            case RngPattern.Value val -> RngDatatype.collapse(v).equals(RngDatatype.collapse(val.token()));
            case RngPattern.Data d -> d.type().accepts(v);
            case RngPattern.Choice ch -> ch.options().stream().anyMatch(o -> valueMatches(o, v));
            default -> throw new IllegalArgumentException("not a value pattern: " + p);
        };
    }

    /** The child nodes and attributes of the element being matched. */
    private static final class Content {
        final List<Node> nodes = new ArrayList<>();
        final List<Attr> attrs;

        Content(org.w3c.dom.Element e) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                nodes.add(n);
            }
            attrs = attributes(e);
        }

        int skipIgnored(int i) {
            while (i < nodes.size() && ignorable(nodes.get(i))) {
                i++;
            }
            return i;
        }
    }
}
