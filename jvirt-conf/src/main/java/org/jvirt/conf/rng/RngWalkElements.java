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
 * The element part of {@link RngWalk}: matching an element's name, then its attributes and content (walked, or
 * pushed through libxml2's compiled model of it), then what it leaves over, with libxml2's messages at each step.
 */
final class RngWalkElements {

    private final RngWalk w;
    private final RngCompiled compiled;
    private final Function<Element, List<String>> attributeOrder;
    /** Elements already found valid against a pattern: libxml2 does not check them (or report on them) again. */
    private final Map<Node, RngPattern> done = new IdentityHashMap<>();
    /** libxml2's perr: a child checked through a compiled model failed where the failure did not show. */
    private int perr;

    RngWalkElements(RngWalk w, RngCompiled compiled, Function<Element, List<String>> attributeOrder) {
        this.w = w;
        this.compiled = compiled;
        this.attributeOrder = attributeOrder;
    }

    int element(RngPattern def) {
        int errNr = w.errors.size();
        Node node = w.skipIgnored(w.state);
        String name = def instanceof RngPattern.Element e ? e.name() : null;
        if (node == null) {
            w.error(Kind.NOELEM, name == null ? "" : name, null);
            w.dumpUnlessIgnorable();
            return -1;
        }
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            w.error(Kind.NOTELEM, null, null);
            w.dumpUnlessIgnorable();
            return -1;
        }
        Element el = (Element) node;
        if (done.get(node) == def) {
            w.state.seq = w.skipIgnored(w.next(node));
            w.errors.popTo(errNr);
            popNameErrors(el);
            return 0;
        }
        if (!match(def, el)) {
            w.dumpUnlessIgnorable();
            return -1;
        }
        w.errors.popTo(errNr);
        popNameErrors(el);
        errNr = w.errors.size();
        int oldflags = w.flags;
        w.flags &= ~RngWalk.MIXED;
        RngShapes.ElementShape shape = w.shapes.element(def);
        RngWalkState oldstate = w.state;
        w.state = new RngWalkState(el, el.getFirstChild(), attributes(el));
        int ret = 0;
        if (!shape.attrs().isEmpty() && w.values.attributeList(shape.attrs()) != 0) {
            ret = -1;
            w.error(Kind.ATTRVALID, RngWalk.nodeName(el), null);
        }
        RngCompiled.Model model = compiled.model(def);
        if (model != null) {
            RngWalkState own = w.state;
            List<RngWalkState> ownStates = w.states;
            w.state = new RngWalkState(el, el.getFirstChild(), new Attr[0]);
            w.states = null;
            int tmp = compiledContent(model);
            Node nseq = w.state.seq;
            w.state = own;
            w.states = ownStates;
            if (tmp != 0) {
                ret = -1;
            }
            if (w.states != null) {
                for (RngWalkState s : w.states) {
                    s.seq = nseq;
                }
            } else {
                w.state.seq = nseq;
            }
        } else if (!shape.content().isEmpty() && w.list(shape.content()) != 0) {
            ret = -1;
            if (w.state == null) {
                w.state = oldstate;
                w.error(Kind.CONTENTVALID, RngWalk.nodeName(el), null);
                w.state = null;
            } else {
                w.error(Kind.CONTENTVALID, RngWalk.nodeName(el), null);
            }
        }
        if (w.states != null) {
            int tmp = -1;
            for (RngWalkState s : w.states) {
                w.state = s;
                if (elementEnd(false) == 0) {
                    tmp = 0;
                    break;
                }
            }
            if (tmp != 0) {
                w.flags |= RngWalk.IGNORABLE;
                logBest();
            }
            w.states = null;
            w.flags = oldflags;
            if (ret == 0 && tmp == -1) {
                ret = -1;
            }
        } else if (ret == 0 && w.state != null) {
            ret = elementEnd(true);
        }
        if (ret == 0) {
            done.put(node, def);
        }
        w.flags = oldflags;
        w.state = oldstate;
        if (oldstate != null) {
            oldstate.seq = w.skipIgnored(w.next(node));
        }
        if (ret != 0) {
            if (!w.ignorable()) {
                w.errors.dump();
                ret = 0;
            }
        } else {
            w.errors.popTo(errNr);
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
        for (Node cur = w.state.seq; cur != null; cur = w.next(cur)) {
            w.state.seq = cur;
            short t = cur.getNodeType();
            boolean text = t == Node.TEXT_NODE || t == Node.CDATA_SECTION_NODE;
            if (text && RngWalk.blank(cur.getNodeValue()) || !text && t != Node.ELEMENT_NODE) {
                continue;
            }
            RngCompiled.Step step = model.push(at, cur);
            if (step == null) {
                w.error(text ? Kind.TEXTWRONG : Kind.ELEMWRONG, RngWalk.nodeName(text ? cur.getParentNode() : cur),
                        null);
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
                w.state.seq = null;
            } else {
                w.error(Kind.NOELEM, "", null);
                ret = -1;
                w.dumpUnlessIgnorable();
            }
        }
        if (ret == 0 && perr != 0) {
            ret = perr;
        }
        perr = oldperr;
        return ret;
    }

    /** After a match, stale name errors about this very element say nothing useful: libxml2 drops them. */
    private void popNameErrors(Element el) {
        String n = RngNodes.localName(el);
        while (w.errors.topIs(Kind.ELEMNAME, 2, n) || w.errors.topIs(Kind.ELEMEXTRANS, 1, n)
                || w.errors.topIs(Kind.NOELEM, 0, null) || w.errors.topIs(Kind.NOTELEM, 0, null)) {
            w.errors.popOne();
        }
    }

    private boolean match(RngPattern def, Element el) {
        String local = RngNodes.localName(el);
        String ns = el.getNamespaceURI();
        switch (def) {
            case RngPattern.Element e -> {
                if (!e.name().equals(local)) {
                    w.error(Kind.ELEMNAME, e.name(), local);
                    return false;
                }
                if (ns != null) {
                    w.error(Kind.ELEMEXTRANS, e.name(), null);
                    return false;
                }
                return true;
            }
            case RngPattern.AnyElement(NameClass.Name(String wantNs, String want), RngPattern c) -> {
                if (!want.equals(local)) {
                    w.error(Kind.ELEMNAME, want, local);
                    return false;
                }
                if (ns == null) {
                    w.error(Kind.ELEMNONS, local, null);
                    return false;
                }
                if (!ns.equals(wantNs)) {
                    w.error(Kind.ELEMWRONGNS, local, wantNs);
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
        int oldflags = w.flags;
        w.flags |= RngWalk.IGNORABLE;
        for (NameClass o : options) {
            boolean hit;
            if (o instanceof NameClass.Name(String wantNs, String want)) {
                hit = want.equals(local) && wantNs.equals(ns == null ? "" : ns);
                if (!want.equals(local)) {
                    w.error(Kind.ELEMNAME, want, local);
                }
            } else {
                hit = o.matches(ns == null ? "" : ns, local);
            }
            if (hit) {
                w.flags = oldflags;
                return true;
            }
        }
        w.errors.popTo(0);
        w.flags = oldflags;
        return false;
    }

    private static Attr[] attributes(Element el) {
        return RngNodes.attributes(el).toArray(new Attr[0]);
    }

    /** Nothing left in the content, no attribute left; with log, says what is left. */
    private int elementEnd(boolean log) {
        RngWalkState s = w.state;
        if (s.seq != null) {
            Node left = w.skipIgnored(s);
            if (left != null) {
                if (log) {
                    w.error(Kind.EXTRACONTENT, RngWalk.nodeName(s.node), RngWalk.nodeName(left));
                }
                return -1;
            }
        }
        if (s.attrsLeft > 0) {
            if (log) {
                w.error(Kind.INVALIDATTR, firstLeft(s), RngWalk.nodeName(s.node));
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
        for (int i = 0; i < w.states.size(); i++) {
            RngWalkState s = w.states.get(i);
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
            w.state = w.states.get(best);
            elementEnd(true);
        }
    }
}
