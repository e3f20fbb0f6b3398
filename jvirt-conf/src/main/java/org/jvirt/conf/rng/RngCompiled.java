package org.jvirt.conf.rng;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * libxml2's compiled content models. Before validating, libxml2 turns the content of some elements into an
 * automaton over child names and then checks those children by pushing their names through it instead of walking
 * the pattern, which words failures differently ("Did not expect element X there", "Expecting an element , got
 * nothing"). An element's content is compiled when it holds only elements, text, empty and their groupings (no
 * attribute, value, data or interleave in it), and the element is reached from the start through such content
 * only: an element that does not compile stops the search below it. The roots of most of our formats hold
 * interleaves and so are walked throughout; a node device's {@code <device>} is compiled.
 *
 * <p>libxml2 uses a compiled model only when, from each state, one child name leads to one state; every model
 * our schemas produce passes that test, so it is not repeated here. When one name is offered by two elements
 * from the same place (nodedev's two {@code <devnode>}), libxml2 checks the child against the first of them.
 */
final class RngCompiled {

    /** A transition on a child element (def is its pattern) or, when def is null, on text. */
    private record Trans(RngPattern def, int to) {
    }

    /** The automaton of one element's content: transitions and epsilon moves per state, the final state. */
    static final class Model {
        private final List<List<Trans>> trans = new ArrayList<>();
        private final List<List<Integer>> eps = new ArrayList<>();
        private int fin;

        private int newState() {
            trans.add(new ArrayList<>());
            eps.add(new ArrayList<>());
            return trans.size() - 1;
        }

        private int epsilon(int from, int to) {
            if (to < 0) {
                to = newState();
            }
            eps.get(from).add(to);
            return to;
        }

        /** The states reachable by epsilon moves, in the order libxml2 meets their transitions. */
        private List<Integer> closure(int s) {
            List<Integer> out = new ArrayList<>();
            closure(s, out);
            return out;
        }

        private void closure(int s, List<Integer> out) {
            if (out.contains(s)) {
                return;
            }
            out.add(s);
            for (int t : eps.get(s)) {
                closure(t, out);
            }
        }

        /** Where the child leads from state s, with the pattern it is checked against; null when nowhere. */
        Step push(int s, org.w3c.dom.Node child) {
            boolean text = child.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE;
            for (int c : closure(s)) {
                for (Trans t : trans.get(c)) {
                    if (text ? t.def() == null : t.def() != null && RngWalk.nameMatches(t.def(), child)) {
                        return new Step(t.to(), t.def());
                    }
                }
            }
            return null;
        }

        boolean accepts(int s) {
            return closure(s).contains(fin);
        }
    }

    /** A transition taken: the new state and the child's pattern (null for text). */
    record Step(int state, RngPattern def) {
    }

    private final RngShapes shapes;
    private final Map<RngPattern, Model> models = new IdentityHashMap<>();
    private final Map<RngPattern, Boolean> compilable = new IdentityHashMap<>();

    private RngCompiled(RngShapes shapes) {
        this.shapes = shapes;
    }

    /** The compiled models of a grammar, found from its start as libxml2 does when it loads a schema. */
    static RngCompiled of(RngGrammar g, RngShapes shapes) {
        RngCompiled c = new RngCompiled(shapes);
        c.visit(g.start(), java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        return c;
    }

    /** The element's compiled model, or null when libxml2 walks its content. */
    Model model(RngPattern element) {
        return models.get(element);
    }

    /** Looks for elements to compile, through groupings and refs but not into an element that does not compile. */
    private void visit(RngPattern p, Set<RngPattern> seen) {
        if (!seen.add(p)) {
            return;
        }
        switch (p) {
            case RngPattern.Element e -> {
                if (contentCompilable(e)) {
                    Model m = new Model();
                    models.put(e, m);
                    int s = m.newState();
                    for (RngPattern c : shapes.element(e).content()) {
                        s = build(m, c, s);
                        visit(c, seen);
                    }
                    m.fin = s;
                }
            }
            case RngPattern.Ref r -> visit(r.target(), seen);
            case RngPattern.Group g -> g.parts().forEach(x -> visit(x, seen));
            case RngPattern.Choice c -> c.options().forEach(x -> visit(x, seen));
            case RngPattern.Optional o -> visit(o.inner(), seen);
            case RngPattern.ZeroOrMore z -> visit(z.inner(), seen);
            case RngPattern.OneOrMore m -> visit(m.inner(), seen);
            default -> {
            }
        }
    }

    /** An element's own content is compilable: something to compile, all of it elements, text or empty. */
    private boolean contentCompilable(RngPattern.Element e) {
        List<RngPattern> content = shapes.element(e).content();
        return !content.isEmpty() && content.stream().allMatch(this::compilable);
    }

    private boolean compilable(RngPattern p) {
        Boolean known = compilable.get(p);
        if (known != null) {
            return known;
        }
        compilable.put(p, true); // a ref met again on its own path counts as compilable, as in libxml2
        boolean r = switch (p) {
            case RngPattern.Element e -> true; // a plain name; its own content is judged on its own
            case RngPattern.Text t -> true;
            case RngPattern.Empty e -> true;
            case RngPattern.Ref ref -> compilable(ref.target());
            case RngPattern.Group g -> g.parts().stream().allMatch(this::compilable);
            case RngPattern.Choice c -> c.options().stream().allMatch(this::compilable);
            case RngPattern.Optional o -> compilable(o.inner());
            case RngPattern.ZeroOrMore z -> compilable(z.inner());
            case RngPattern.OneOrMore m -> compilable(m.inner());
            default -> false;
        };
        compilable.put(p, r);
        return r;
    }

    /** Adds p's automaton from state s (libxml2's construction, epsilon moves included); returns the end state. */
    private int build(Model m, RngPattern p, int s) {
        return switch (p) {
            case RngPattern.Element e -> {
                int to = m.newState();
                m.trans.get(s).add(new Trans(e, to));
                yield to;
            }
            case RngPattern.Optional o -> {
                int end = build(m, o.inner(), s);
                m.epsilon(s, end);
                yield end;
            }
            case RngPattern.ZeroOrMore z -> {
                int loop = m.epsilon(s, -1);
                int end = build(m, z.inner(), loop);
                m.epsilon(end, loop);
                yield m.epsilon(loop, -1);
            }
            case RngPattern.OneOrMore o -> {
                int first = build(m, o.inner(), s);
                int end = build(m, o.inner(), first);
                m.epsilon(end, first);
                yield m.epsilon(first, -1);
            }
            case RngPattern.Choice c -> {
                int target = -1;
                for (RngPattern opt : c.options()) {
                    int end = build(m, opt, s);
                    if (target < 0) {
                        target = end;
                    } else {
                        m.epsilon(end, target);
                    }
                }
                yield target;
            }
            case RngPattern.Group g -> {
                int cur = s;
                for (RngPattern x : g.parts()) {
                    cur = build(m, x, cur);
                }
                yield cur;
            }
            case RngPattern.Ref r -> build(m, r.target(), s);
            case RngPattern.Text t -> {
                int loop = m.epsilon(s, -1);
                m.trans.get(loop).add(new Trans(null, loop));
                yield m.epsilon(loop, -1);
            }
            case RngPattern.Empty e -> m.epsilon(s, -1);
            default -> throw new IllegalStateException("not compilable: " + p);
        };
    }
}
