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
 */
public final class RngWalk {

    private static final int IGNORABLE = 1;
    private static final int MIXED = 4;

    private final RngShapes shapes;
    private final RngCompiled compiled;
    private final Function<Element, List<String>> attributeOrder;
    private final RngErrorStack errors = new RngErrorStack();
    /** Elements already found valid against a pattern: libxml2 does not check them (or report on them) again. */
    private final Map<Node, RngPattern> done = new IdentityHashMap<>();
    /**
     * Sibling links as the walk has rewritten them: libxml2's interleave chains the children it sorts to one part
     * through their next pointers, and on the way out relinks a run of siblings from their previous pointers;
     * when interleaves nest, that relinking can cut an outer part's chain, and libxml2 then refuses a valid
     * document ("Extra element os in interleave"). Kept to refuse the same documents. A node absent here has its
     * document's next sibling; {@link #END} stands for a null link.
     */
    private final Map<Node, Object> next = new IdentityHashMap<>();
    private static final Object END = new Object();
    private int flags;
    /** libxml2's perr: a child checked through a compiled model failed where the failure did not show. */
    private int perr;
    private RngWalkState state;
    private List<RngWalkState> states;

    private RngWalk(RngShapes shapes, RngCompiled compiled, Function<Element, List<String>> attributeOrder) {
        this.shapes = shapes;
        this.compiled = compiled;
        this.attributeOrder = attributeOrder;
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

    private boolean ignorable() {
        return (flags & IGNORABLE) != 0;
    }

    private void error(Kind kind, String a1, String a2) {
        errors.add(ignorable(), state == null ? null : state.node, kind, a1, a2);
    }

    // ---------------------------------------------------------------- dispatch over one or several states

    /** Validates p from the current state, or from each of the current states (keeping those that pass). */
    private int definition(RngPattern p) {
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
    private int list(List<RngPattern> ps) {
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

    private static List<RngPattern> parts(RngPattern p) {
        return p instanceof RngPattern.Group g ? g.parts() : List.of(p);
    }

    // ---------------------------------------------------------------- sibling links

    private Node next(Node n) {
        Object o = next.get(n);
        return o == null ? n.getNextSibling() : o == END ? null : (Node) o;
    }

    private void link(Node n, Node to) {
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
            case RngPattern.Element e -> element(p);
            case RngPattern.AnyElement e -> element(p);
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
            case RngPattern.Interleave il -> interleave(il);
            case RngPattern.Attribute a -> attribute(p);
            case RngPattern.AnyAttribute a -> attribute(p);
            case RngPattern.Ref r -> definition(r.target());
            case RngPattern.Data d -> textContent(p, node);
            case RngPattern.Value v -> textContent(p, node);
        };
    }

    private static boolean isTextLike(Node n) {
        short t = n.getNodeType();
        return t == Node.TEXT_NODE || t == Node.COMMENT_NODE || t == Node.PROCESSING_INSTRUCTION_NODE
                || t == Node.CDATA_SECTION_NODE;
    }

    /** libxml2's node name in messages: the local name of an element, "text" or "comment" otherwise. */
    private static String nodeName(Node n) {
        return switch (n.getNodeType()) {
            case Node.ELEMENT_NODE -> RngNodes.localName(n);
            case Node.TEXT_NODE -> "text";
            case Node.COMMENT_NODE -> "comment";
            case Node.PROCESSING_INSTRUCTION_NODE -> n.getNodeName();
            default -> "";
        };
    }

    /** Skips comments, PIs and blank text (all text in mixed content) from the state's position. */
    private Node skipIgnored(RngWalkState s) {
        s.seq = skipIgnored(s.seq);
        return s.seq;
    }

    private Node skipIgnored(Node n) {
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

    private static boolean blank(String s) {
        return s.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r');
    }

    // ---------------------------------------------------------------- elements

    private int element(RngPattern def) {
        int errNr = errors.size();
        Node node = skipIgnored(state);
        String name = def instanceof RngPattern.Element e ? e.name() : null;
        if (node == null) {
            error(Kind.NOELEM, name == null ? "" : name, null);
            dumpUnlessIgnorable();
            return -1;
        }
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            error(Kind.NOTELEM, null, null);
            dumpUnlessIgnorable();
            return -1;
        }
        Element el = (Element) node;
        if (done.get(node) == def) {
            state.seq = skipIgnored(next(node));
            errors.popTo(errNr);
            popNameErrors(el);
            return 0;
        }
        if (!match(def, el)) {
            dumpUnlessIgnorable();
            return -1;
        }
        errors.popTo(errNr);
        popNameErrors(el);
        errNr = errors.size();
        int oldflags = flags;
        flags &= ~MIXED;
        RngShapes.ElementShape shape = shapes.element(def);
        RngWalkState oldstate = state;
        state = new RngWalkState(el, el.getFirstChild(), attributes(el));
        int ret = 0;
        if (!shape.attrs().isEmpty() && attributeList(shape.attrs()) != 0) {
            ret = -1;
            error(Kind.ATTRVALID, nodeName(el), null);
        }
        RngCompiled.Model model = compiled.model(def);
        if (model != null) {
            RngWalkState own = state;
            List<RngWalkState> ownStates = states;
            state = new RngWalkState(el, el.getFirstChild(), new Attr[0]);
            states = null;
            int tmp = compiledContent(model);
            Node nseq = state.seq;
            state = own;
            states = ownStates;
            if (tmp != 0) {
                ret = -1;
            }
            if (states != null) {
                for (RngWalkState s : states) {
                    s.seq = nseq;
                }
            } else {
                state.seq = nseq;
            }
        } else if (!shape.content().isEmpty() && list(shape.content()) != 0) {
            ret = -1;
            if (state == null) {
                state = oldstate;
                error(Kind.CONTENTVALID, nodeName(el), null);
                state = null;
            } else {
                error(Kind.CONTENTVALID, nodeName(el), null);
            }
        }
        if (states != null) {
            int tmp = -1;
            for (RngWalkState s : states) {
                state = s;
                if (elementEnd(false) == 0) {
                    tmp = 0;
                    break;
                }
            }
            if (tmp != 0) {
                flags |= IGNORABLE;
                logBest();
            }
            states = null;
            flags = oldflags;
            if (ret == 0 && tmp == -1) {
                ret = -1;
            }
        } else if (ret == 0 && state != null) {
            ret = elementEnd(true);
        }
        if (ret == 0) {
            done.put(node, def);
        }
        flags = oldflags;
        state = oldstate;
        if (oldstate != null) {
            oldstate.seq = skipIgnored(next(node));
        }
        if (ret != 0) {
            if (!ignorable()) {
                errors.dump();
                ret = 0;
            }
        } else {
            errors.popTo(errNr);
        }
        return ret;
    }

    /**
     * The children pushed through the element's compiled model (state.seq is the first): each element child is
     * checked against the pattern its transition names as it is taken; a child no transition takes ends the
     * check. Leaves state.seq null when the model ends in its final state.
     */
    private int compiledContent(RngCompiled.Model model) {
        int oldperr = perr;
        perr = 0;
        int at = 0;
        int ret = 0;
        for (Node cur = state.seq; cur != null; cur = next(cur)) {
            state.seq = cur;
            short t = cur.getNodeType();
            boolean text = t == Node.TEXT_NODE || t == Node.CDATA_SECTION_NODE;
            if (text && blank(cur.getNodeValue()) || !text && t != Node.ELEMENT_NODE) {
                continue;
            }
            RngCompiled.Step step = model.push(at, cur);
            if (step == null) {
                error(text ? Kind.TEXTWRONG : Kind.ELEMWRONG, nodeName(text ? cur.getParentNode() : cur), null);
                ret = -1;
                break;
            }
            at = step.state();
            if (step.def() != null) {
                int r = element(step.def());
                if (r != 0) {
                    perr = r;
                }
            }
        }
        if (ret == 0) {
            if (model.accepts(at)) {
                state.seq = null;
            } else {
                error(Kind.NOELEM, "", null);
                ret = -1;
                dumpUnlessIgnorable();
            }
        }
        if (ret == 0 && perr != 0) {
            ret = perr;
        }
        perr = oldperr;
        return ret;
    }

    private void dumpUnlessIgnorable() {
        if (!ignorable()) {
            errors.dump();
        }
    }

    /** After a match, stale name errors about this very element say nothing useful: libxml2 drops them. */
    private void popNameErrors(Element el) {
        String n = RngNodes.localName(el);
        while (errors.topIs(Kind.ELEMNAME, 2, n) || errors.topIs(Kind.ELEMEXTRANS, 1, n)
                || errors.topIs(Kind.NOELEM, 0, null) || errors.topIs(Kind.NOTELEM, 0, null)) {
            errors.popOne();
        }
    }

    private boolean match(RngPattern def, Element el) {
        String local = RngNodes.localName(el);
        String ns = el.getNamespaceURI();
        switch (def) {
            case RngPattern.Element e -> {
                if (!e.name().equals(local)) {
                    error(Kind.ELEMNAME, e.name(), local);
                    return false;
                }
                if (ns != null) {
                    error(Kind.ELEMEXTRANS, e.name(), null);
                    return false;
                }
                return true;
            }
            case RngPattern.AnyElement(NameClass.Name(String wantNs, String want), RngPattern c) -> {
                if (!want.equals(local)) {
                    error(Kind.ELEMNAME, want, local);
                    return false;
                }
                if (ns == null) {
                    error(Kind.ELEMNONS, local, null);
                    return false;
                }
                if (!ns.equals(wantNs)) {
                    error(Kind.ELEMWRONGNS, local, wantNs);
                    return false;
                }
                return true;
            }
            case RngPattern.AnyElement(NameClass.Choice(List<NameClass> options), RngPattern c) -> {
                return matchChoice(options, ns, local);
            }
            case RngPattern.AnyElement a -> {
                return a.names().matches(ns == null ? "" : ns, local);
            }
            default -> throw new IllegalArgumentException("not an element pattern: " + def);
        }
    }

    /**
     * An element named by a choice of names: each name tried in turn, its mismatch stacked; when none matches,
     * libxml2 then clears the whole error stack (not only what it stacked here), which hides earlier complaints
     * about the same child.
     */
    private boolean matchChoice(List<NameClass> options, String ns, String local) {
        int oldflags = flags;
        flags |= IGNORABLE;
        for (NameClass o : options) {
            boolean hit;
            if (o instanceof NameClass.Name(String wantNs, String want)) {
                hit = want.equals(local) && wantNs.equals(ns == null ? "" : ns);
                if (!want.equals(local)) {
                    error(Kind.ELEMNAME, want, local);
                }
            } else {
                hit = o.matches(ns == null ? "" : ns, local);
            }
            if (hit) {
                flags = oldflags;
                return true;
            }
        }
        errors.popTo(0);
        flags = oldflags;
        return false;
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

    private static Attr[] attributes(Element el) {
        return RngNodes.attributes(el).toArray(new Attr[0]);
    }

    /** Nothing left in the content, no attribute left; with log, says what is left. */
    private int elementEnd(boolean log) {
        RngWalkState s = state;
        if (s.seq != null) {
            Node left = skipIgnored(s);
            if (left != null) {
                if (log) {
                    error(Kind.EXTRACONTENT, nodeName(s.node), nodeName(left));
                }
                return -1;
            }
        }
        if (s.attrsLeft > 0) {
            if (log) {
                error(Kind.INVALIDATTR, firstLeft(s), nodeName(s.node));
            }
            return -1;
        }
        return 0;
    }

    /** The first attribute not consumed, in document order. */
    private String firstLeft(RngWalkState s) {
        List<String> names = new ArrayList<>();
        for (Attr a : s.attrs) {
            if (a != null) {
                names.add(a.getName());
            }
        }
        if (names.size() > 1) {
            for (String n : attributeOrder.apply(s.node)) {
                if (names.contains(n)) {
                    return localPart(n);
                }
            }
        }
        return localPart(names.getFirst());
    }

    private static String localPart(String qname) {
        return qname.substring(qname.indexOf(':') + 1);
    }

    /** Reports on the state closest to success: one with its content used up and the fewest attributes left. */
    private void logBest() {
        int best = -1;
        int value = 1_000_000;
        for (int i = 0; i < states.size(); i++) {
            RngWalkState s = states.get(i);
            if (s.seq != null) {
                if (best == -1 || value > 100_000) {
                    value = 100_000;
                    best = i;
                }
            } else if (best == -1 || value > s.attrsLeft) {
                value = s.attrsLeft;
                best = i;
            }
        }
        if (best >= 0) {
            state = states.get(best);
            elementEnd(true);
        }
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

    // ---------------------------------------------------------------- interleave

    private int interleave(RngPattern.Interleave il) {
        int errNr = errors.size();
        RngShapes.Partition part = shapes.partition(il);
        int nb = part.parts().size();
        int oldflags = flags;
        if (part.mixed()) {
            flags |= MIXED;
            if (nb == 2) {
                skipIgnored(state);
                RngPattern other = part.parts().get(0).rule() instanceof RngPattern.Text
                        ? part.parts().get(1).rule() : part.parts().get(0).rule();
                int ret = definition(other);
                if (ret == 0 && state != null) {
                    skipIgnored(state);
                }
                flags = oldflags;
                return ret;
            }
        }
        Node[] list = new Node[nb];
        Node[] lasts = new Node[nb];
        Node cur = skipIgnored(state);
        Node start = cur;
        Node lastchg = null;
        while (cur != null) {
            state.seq = cur;
            int i = nb;
            if (part.triage() != null) {
                Integer t = null;
                if (cur.getNodeType() == Node.TEXT_NODE || cur.getNodeType() == Node.CDATA_SECTION_NODE) {
                    t = part.triage().get("#text");
                } else if (cur.getNodeType() == Node.ELEMENT_NODE) {
                    t = part.triage().get(RngShapes.nodeKey(cur));
                    if (t == null) {
                        String ns = cur.getNamespaceURI();
                        t = part.triage().get("#any\0" + (ns == null ? "" : ns));
                    }
                }
                if (t != null) {
                    i = t;
                    if (part.needCheck() && !RngShapes.nodeMatches(cur, part.parts().get(i).defs())) {
                        i = nb;
                    }
                }
            } else {
                for (i = 0; i < nb; i++) {
                    if (RngShapes.nodeMatches(cur, part.parts().get(i).defs())) {
                        break;
                    }
                }
            }
            if (i >= nb) {
                break;
            }
            if (lasts[i] != null) {
                link(lasts[i], cur);
            } else {
                list[i] = cur;
            }
            lasts[i] = cur;
            lastchg = next(cur) != null ? next(cur) : cur;
            cur = skipIgnored(next(cur));
        }
        Node lastelem = cur;
        RngWalkState oldstate = state;
        int ret = 0;
        Node last = null;
        for (int i = 0; i < nb; i++) {
            state = oldstate.copy();
            if (lasts[i] != null) {
                last = next(lasts[i]);
                link(lasts[i], null);
            }
            state.seq = list[i];
            ret = definition(part.parts().get(i).rule());
            if (ret != 0) {
                break;
            }
            if (state != null) {
                Node left = skipIgnored(state);
                oldstate = state;
                state = null;
                if (left != null) {
                    error(Kind.INTEREXTRA, nodeName(left), null);
                    state = oldstate;
                    return done(-1, errNr, oldflags, lastchg, start);
                }
            } else if (states != null) {
                boolean found = false;
                int best = -1;
                int lowattr = -1;
                Node left = null;
                for (int j = 0; j < states.size(); j++) {
                    RngWalkState s = states.get(j);
                    left = skipIgnored(s);
                    if (left == null) {
                        if (!found) {
                            lowattr = s.attrsLeft;
                            best = j;
                        }
                        found = true;
                        if (s.attrsLeft <= lowattr) {
                            lowattr = s.attrsLeft;
                            best = j;
                        }
                        if (lowattr == 0) {
                            break;
                        }
                    } else if (!found) {
                        if (lowattr == -1 || s.attrsLeft <= lowattr) {
                            lowattr = s.attrsLeft;
                            best = j;
                        }
                    }
                }
                if (!states.isEmpty()) {
                    oldstate = best != -1 ? states.get(best) : states.getLast();
                }
                states = null;
                if (!found) {
                    error(Kind.INTEREXTRA, left == null ? "noname" : nodeName(left), null);
                    state = oldstate;
                    return done(-1, errNr, oldflags, lastchg, start);
                }
            } else {
                ret = -1;
                break;
            }
            if (lasts[i] != null) {
                link(lasts[i], last);
            }
        }
        state = oldstate;
        state.seq = lastelem;
        if (ret != 0) {
            error(Kind.INTERSEQ, null, null);
            return done(-1, errNr, oldflags, lastchg, start);
        }
        return done(0, errNr, oldflags, lastchg, start);
    }

    /** Leaving an interleave: the siblings from lastchg back to start are relinked in document order. */
    private int done(int ret, int errNr, int oldflags, Node lastchg, Node start) {
        flags = oldflags;
        for (Node cur = lastchg; cur != null; cur = cur.getPreviousSibling()) {
            if (cur == start || cur.getPreviousSibling() == null) {
                break;
            }
            link(cur.getPreviousSibling(), cur);
        }
        if (ret == 0) {
            errors.popTo(errNr);
        }
        return ret;
    }

    // ---------------------------------------------------------------- attributes and values

    /** The plain attributes first, then the attribute-only content libxml2 moved next to them. */
    private int attributeList(List<RngPattern> attrs) {
        int ret = 0;
        boolean more = false;
        for (RngPattern a : attrs) {
            if (a instanceof RngPattern.Attribute || a instanceof RngPattern.AnyAttribute) {
                if (attribute(a) != 0) {
                    ret = -1;
                }
            } else {
                more = true;
            }
        }
        if (!more) {
            return ret;
        }
        for (RngPattern a : attrs) {
            if (!(a instanceof RngPattern.Attribute || a instanceof RngPattern.AnyAttribute)) {
                if (state == null && states == null) {
                    return -1;
                }
                int res = definition(a);
                if (res < 0) {
                    ret = -1;
                }
                if (res == -1) {
                    break;
                }
            }
        }
        return ret;
    }

    private int attribute(RngPattern def) {
        if (state.attrsLeft <= 0) {
            return -1;
        }
        int found = -1;
        RngPattern valuePattern;
        if (def instanceof RngPattern.Attribute a) {
            valuePattern = a.value();
            for (int i = 0; i < state.attrs.length && found < 0; i++) {
                Attr at = state.attrs[i];
                if (at != null && at.getNamespaceURI() == null && a.name().equals(RngNodes.localName(at))) {
                    found = i;
                }
            }
        } else {
            RngPattern.AnyAttribute a = (RngPattern.AnyAttribute) def;
            valuePattern = a.value();
            for (int i = 0; i < state.attrs.length && found < 0; i++) {
                Attr at = state.attrs[i];
                if (at != null && a.names().matches(at.getNamespaceURI() == null ? "" : at.getNamespaceURI(),
                        RngNodes.localName(at))) {
                    found = i;
                }
            }
        }
        if (found < 0) {
            return -1;
        }
        int ret = value(valuePattern, state.attrs[found].getValue());
        if (ret == 0) {
            state.attrs[found] = null;
            state.attrsLeft--;
        }
        return ret;
    }

    /** An attribute value (or element text) against a value pattern. */
    private int value(RngPattern p, String v) {
        return switch (p) {
            case RngPattern.Text t -> 0;
            case RngPattern.Empty e -> 0;
            case RngPattern.Value val ->
                    RngDatatype.collapse(v).equals(RngDatatype.collapse(val.token())) ? 0 : -1;
            case RngPattern.Data d -> datatype(d, v);
            case RngPattern.Ref r -> value(r.target(), v);
            case RngPattern.Choice c -> {
                int oldflags = flags;
                flags |= IGNORABLE;
                int ret = -1;
                for (RngPattern o : c.options()) {
                    ret = value(o, v);
                    if (ret == 0) {
                        break;
                    }
                }
                flags = oldflags;
                if (ret != 0) {
                    dumpUnlessIgnorable();
                } else {
                    errors.popTo(0);
                }
                yield ret;
            }
            default -> throw new IllegalArgumentException("not a value pattern: " + p);
        };
    }

    private int datatype(RngPattern.Data d, String v) {
        if (!d.type().lexicalOk(v)) {
            error(Kind.TYPEVAL, d.type().type().xsdName(), v);
            return -1;
        }
        return d.type().facetsOk(v) ? 0 : -1;
    }

    /** data or value as element content: the text of all remaining nodes, no element among them. */
    private int textContent(RngPattern p, Node node) {
        StringBuilder text = new StringBuilder();
        for (Node c = node; c != null; c = next(c)) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                Node parent = node.getParentNode();
                error(p instanceof RngPattern.Data ? Kind.DATAELEM : Kind.VALELEM,
                        parent == null ? "" : nodeName(parent), null);
                return -1;
            }
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(c.getNodeValue());
            }
        }
        int ret;
        if (p instanceof RngPattern.Data d) {
            ret = datatype(d, text.toString());
            if (ret != 0) {
                error(Kind.DATATYPE, d.type().type().xsdName(), null);
            }
        } else {
            ret = value(p, text.toString());
            if (ret != 0) {
                error(Kind.VALUE, null, null);
            }
        }
        if (ret == 0) {
            state.seq = null;
        }
        return ret;
    }
}
