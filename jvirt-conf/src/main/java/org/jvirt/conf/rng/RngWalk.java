package org.jvirt.conf.rng;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jvirt.conf.rng.RngErrorStack.Kind;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Validates a document against a loaded grammar the way libxml2 2.9's RELAX NG validator walks it, so that both
 * the verdict in the cases it gets wrong and the wording of its messages come out the same: a greedy walk over
 * the children that carries one state (or, after an optional or a choice, several), sorts an interleave's
 * children to its parts by name, picks a choice's branch by the child's name when it can, stacks the errors of
 * branches that may still fail harmlessly and shows them when a failure counts. The content of an element that
 * libxml2 compiles ({@link RngCompiled}: a node device's {@code <device>} and what it holds) is pushed through
 * its automaton instead, child by child, as libxml2 does.
 *
 * <p>This class holds the walk's state and dispatches over patterns (sequences, optional, repetition, choice);
 * elements ({@link RngWalkElements}), interleaves ({@link RngWalkInterleave}) and attributes and values
 * ({@link RngWalkValues}) are checked by the classes that share that state.
 */
public final class RngWalk {

    static final int IGNORABLE = 1;
    static final int MIXED = 4;

    final RngShapes shapes;
    final RngErrorStack errors = new RngErrorStack();
    private final RngWalkElements elements;
    private final RngWalkInterleave interleaves = new RngWalkInterleave(this);
    final RngWalkValues values = new RngWalkValues(this);
    /**
     * Sibling links as the walk has rewritten them: libxml2's interleave chains the children it sorts to one part
     * through their next pointers, and on the way out relinks a run of siblings from their previous pointers;
     * when interleaves nest, that relinking can cut an outer part's chain, and libxml2 then refuses a valid
     * document ("Extra element os in interleave"). Kept to refuse the same documents. A node absent here has its
     * document's next sibling; {@link #END} stands for a null link.
     */
    private final Map<Node, Object> next = new IdentityHashMap<>();
    private static final Object END = new Object();
    /** IGNORABLE: inside a branch whose errors are stacked, not shown; MIXED: text between children is skipped. */
    int flags;
    /** The one current state, or null when the walk carries several ({@link #states}) or none (failure). */
    RngWalkState state;
    List<RngWalkState> states;

    private RngWalk(RngShapes shapes, RngCompiled compiled, Function<Element, List<String>> attributeOrder) {
        this.shapes = shapes;
        this.elements = new RngWalkElements(this, compiled, attributeOrder);
    }

    /**
     * libxml2's messages for the document whose root is given, in order; empty when it is valid.
     *
     * @param attributeOrder an element's attribute names in document order (the DOM sorts them); asked only to
     *                       name a left-over attribute of an element that has several
     */
    static List<String> validate(RngGrammar g, RngShapes shapes, RngCompiled compiled, Element root,
            Function<Element, List<String>> attributeOrder) {
        RngWalk w = new RngWalk(shapes, compiled, attributeOrder);
        w.state = new RngWalkState(null, root, new Attr[0]);
        int ret = w.definition(g.start());
        if (w.state != null) {
            if (w.skipIgnored(w.state) != null && ret != -1) {
                w.error(Kind.EXTRADATA, null, null);
                ret = -1;
            }
        } else if (w.states != null) {
            boolean anyDone = false;
            for (RngWalkState s : w.states) {
                anyDone |= w.skipIgnored(s) == null;
            }
            if (!anyDone && ret != -1) {
                w.error(Kind.EXTRADATA, null, null);
                ret = -1;
            }
        }
        if (ret != 0) {
            w.errors.dump();
        }
        return List.copyOf(w.errors.shown());
    }

    boolean ignorable() {
        return (flags & IGNORABLE) != 0;
    }

    void error(Kind kind, String a1, String a2) {
        errors.add(ignorable(), state == null ? null : state.node, kind, a1, a2);
    }

    // ---------------------------------------------------------------- dispatch over one or several states

    /** Validates p from the current state, or from each of the current states (keeping those that pass). */
    int definition(RngPattern p) {
        if (state != null && states != null) {
            state = null;
        }
        if (states == null || states.size() == 1) {
            if (states != null) {
                state = states.getFirst();
                states = null;
            }
            int ret = one(p);
            if (state != null && states != null) {
                state = null;
            }
            if (states != null && states.size() == 1) {
                state = states.getFirst();
                states = null;
            }
            return ret;
        }
        List<RngWalkState> in = states;
        states = null;
        List<RngWalkState> kept = new ArrayList<>();
        List<RngWalkState> res = null;
        int oldflags = flags;
        flags |= IGNORABLE;
        for (RngWalkState s : in) {
            state = s;
            states = null;
            int ret = one(p);
            if (state != null && states != null) {
                state = null;
            }
            if (ret == 0) {
                if (states == null) {
                    if (res != null) {
                        RngWalkState.add(res, state);
                    } else {
                        kept.add(state);
                    }
                } else if (res == null) {
                    res = states;
                    for (RngWalkState k : kept) {
                        RngWalkState.add(res, k);
                    }
                } else {
                    for (RngWalkState k : states) {
                        RngWalkState.add(res, k);
                    }
                }
            }
            state = null;
            states = null;
        }
        flags = oldflags;
        if (res != null) {
            states = res;
            return 0;
        }
        if (kept.size() > 1) {
            states = kept;
            return 0;
        }
        if (kept.size() == 1) {
            state = kept.getFirst();
            return 0;
        }
        return -1;
    }

    /** Validates each pattern in turn. */
    int list(List<RngPattern> ps) {
        int ret = 0;
        for (RngPattern p : ps) {
            if (state == null && states == null) {
                return -1;
            }
            if (definition(p) != 0) {
                ret = -1;
                break;
            }
        }
        return ret;
    }

    static List<RngPattern> parts(RngPattern p) {
        return p instanceof RngPattern.Group g ? g.parts() : List.of(p);
    }

    // ---------------------------------------------------------------- sibling links

    Node next(Node n) {
        Object o = next.get(n);
        return o == null ? n.getNextSibling() : o == END ? null : (Node) o;
    }

    void link(Node n, Node to) {
        next.put(n, to == null ? END : (Object) to);
    }

    // ---------------------------------------------------------------- one state

    private int one(RngPattern p) {
        Node node = state == null ? null : state.seq;
        return switch (p) {
            case RngPattern.Empty e -> 0;
            case RngPattern.NotAllowed n -> -1;
            case RngPattern.Text t -> {
                while (node != null && isTextLike(node)) {
                    node = next(node);
                }
                state.seq = node;
                yield 0;
            }
            case RngPattern.Element e -> elements.element(p);
            case RngPattern.AnyElement e -> elements.element(p);
            case RngPattern.Optional o -> optional(o);
            case RngPattern.OneOrMore m -> {
                int errNr = errors.size();
                if (list(parts(m.inner())) != 0) {
                    yield -1;
                }
                errors.popTo(errNr);
                yield zeroOrMore(m.inner());
            }
            case RngPattern.ZeroOrMore z -> zeroOrMore(z.inner());
            case RngPattern.Choice c -> choice(c);
            case RngPattern.Group g -> list(g.parts());
            case RngPattern.Interleave il -> interleaves.interleave(il);
            case RngPattern.Attribute a -> values.attribute(p);
            case RngPattern.AnyAttribute a -> values.attribute(p);
            case RngPattern.Ref r -> definition(r.target());
            case RngPattern.Data d -> values.textContent(p, node);
            case RngPattern.Value v -> values.textContent(p, node);
        };
    }

    static boolean isTextLike(Node n) {
        short t = n.getNodeType();
        return t == Node.TEXT_NODE || t == Node.COMMENT_NODE || t == Node.PROCESSING_INSTRUCTION_NODE
                || t == Node.CDATA_SECTION_NODE;
    }

    /** libxml2's node name in messages: the local name of an element, "text" or "comment" otherwise. */
    static String nodeName(Node n) {
        return switch (n.getNodeType()) {
            case Node.ELEMENT_NODE -> RngNodes.localName(n);
            case Node.TEXT_NODE -> "text";
            case Node.COMMENT_NODE -> "comment";
            case Node.PROCESSING_INSTRUCTION_NODE -> n.getNodeName();
            default -> "";
        };
    }

    /** Skips comments, PIs and blank text (all text in mixed content) from the state's position. */
    Node skipIgnored(RngWalkState s) {
        s.seq = skipIgnored(s.seq);
        return s.seq;
    }

    Node skipIgnored(Node n) {
        while (n != null && ignored(n)) {
            n = next(n);
        }
        return n;
    }

    private boolean ignored(Node n) {
        short t = n.getNodeType();
        if (t == Node.COMMENT_NODE || t == Node.PROCESSING_INSTRUCTION_NODE) {
            return true;
        }
        if (t == Node.TEXT_NODE || t == Node.CDATA_SECTION_NODE) {
            return (flags & MIXED) != 0 || blank(n.getNodeValue());
        }
        return false;
    }

    static boolean blank(String s) {
        return s.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r');
    }

    void dumpUnlessIgnorable() {
        if (!ignorable()) {
            errors.dump();
        }
    }


    /** Whether the element's name is one the pattern accepts (no messages). */
    static boolean nameMatches(RngPattern def, Node n) {
        String ns = n.getNamespaceURI() == null ? "" : n.getNamespaceURI();
        return switch (def) {
            case RngPattern.Element e -> e.name().equals(RngNodes.localName(n)) && ns.isEmpty();
            case RngPattern.AnyElement a -> a.names().matches(ns, RngNodes.localName(n));
            default -> false;
        };
    }

    // ---------------------------------------------------------------- optional, repetition, choice

    private int optional(RngPattern.Optional o) {
        int errNr = errors.size();
        int oldflags = flags;
        flags |= IGNORABLE;
        RngWalkState oldstate = state.copy();
        int ret = list(parts(o.inner()));
        if (ret != 0) {
            state = oldstate;
            flags = oldflags;
            errors.popTo(errNr);
            return 0;
        }
        if (states != null) {
            RngWalkState.add(states, oldstate);
        } else {
            states = new ArrayList<>();
            RngWalkState.add(states, oldstate);
            RngWalkState.add(states, state);
            state = null;
        }
        flags = oldflags;
        errors.popTo(errNr);
        return 0;
    }

    /** Any number of repetitions; every state reached is an exit. Errors of failed rounds stay stacked. */
    private int zeroOrMore(RngPattern inner) {
        List<RngPattern> body = parts(inner);
        List<RngWalkState> res = new ArrayList<>();
        if (state != null) {
            RngWalkState.add(res, state.copy());
        } else {
            for (RngWalkState s : states) {
                RngWalkState.add(res, s.copy());
            }
        }
        int oldflags = flags;
        flags |= IGNORABLE;
        boolean progress;
        do {
            progress = false;
            int base = res.size();
            if (states != null) {
                List<RngWalkState> round = states;
                for (RngWalkState s : round) {
                    state = s;
                    states = null;
                    if (list(body) == 0) {
                        progress |= collect(res);
                    }
                    state = null;
                    states = null;
                }
            } else {
                if (list(body) == 0) {
                    progress |= collect(res);
                }
                state = null;
                states = null;
            }
            if (progress) {
                if (res.size() - base == 1) {
                    state = res.get(base).copy();
                } else {
                    states = new ArrayList<>();
                    for (int i = base; i < res.size(); i++) {
                        states.add(res.get(i).copy());
                    }
                }
            }
        } while (progress);
        state = null;
        states = res;
        flags = oldflags;
        return 0;
    }

    /** Moves the current state(s) into res; true when one of them is new. */
    private boolean collect(List<RngWalkState> res) {
        boolean added = false;
        if (state != null) {
            added = RngWalkState.add(res, state);
            state = null;
        } else if (states != null) {
            for (RngWalkState s : states) {
                added |= RngWalkState.add(res, s);
            }
            states = null;
        }
        return added;
    }

    private int choice(RngPattern.Choice c) {
        Node node = skipIgnored(state);
        int errNr = errors.size();
        Map<String, RngPattern> triage = shapes.triage(c);
        if (!triage.isEmpty() && node != null) {
            RngPattern branch = null;
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                branch = triage.get(RngShapes.nodeKey(node));
                if (branch == null) {
                    String ns = node.getNamespaceURI();
                    branch = triage.get("#any\0" + (ns == null ? "" : ns));
                }
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                branch = triage.get("#text");
            }
            if (branch == null) {
                error(Kind.ELEMWRONG, nodeName(node), null);
                return -1;
            }
            return definition(branch);
        }
        int oldflags = flags;
        flags |= IGNORABLE;
        List<RngWalkState> passed = null;
        int ret = -1;
        for (RngPattern branch : c.options()) {
            RngWalkState oldstate = state.copy();
            ret = definition(branch);
            if (ret == 0) {
                if (passed == null) {
                    passed = new ArrayList<>();
                }
                if (state != null) {
                    RngWalkState.add(passed, state);
                } else if (states != null) {
                    for (RngWalkState s : states) {
                        RngWalkState.add(passed, s);
                    }
                    states = null;
                }
            }
            state = oldstate;
        }
        if (passed != null) {
            states = passed;
            state = null;
            ret = 0;
        } else {
            states = null;
        }
        flags = oldflags;
        if (ret != 0) {
            dumpUnlessIgnorable();
        } else {
            errors.popTo(errNr);
        }
        return ret;
    }

}
