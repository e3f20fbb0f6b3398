package org.jvirt.conf.rng;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.w3c.dom.Node;

/**
 * libxml2's handling of RELAX NG validity errors: inside a branch that may still fail harmlessly (optional,
 * choice, zeroOrMore...) errors are stacked; a failure that counts shows the stack first (at most five, repeats
 * left out) and then itself. Message texts are libxml2's.
 */
final class RngErrorStack {

    /** The kinds of error, with libxml2's wording; %1 and %2 are the two arguments (empty when absent). */
    enum Kind {
        TYPEVAL("Type %1 doesn't allow value '%2'"),
        INTERSEQ("Invalid sequence in interleave"),
        INTEREXTRA("Extra element %1 in interleave"),
        ELEMNAME("Expecting element %1, got %2"),
        ELEMNONS("Expecting a namespace for element %1"),
        ELEMWRONGNS("Element %1 has wrong namespace: expecting %2"),
        ELEMWRONG("Did not expect element %1 there"),
        TEXTWRONG("Did not expect text in element %1 content"),
        ELEMEXTRANS("Expecting no namespace for element %1"),
        NOELEM("Expecting an element %1, got nothing"),
        NOTELEM("Expecting an element got text"),
        ATTRVALID("Element %1 failed to validate attributes"),
        CONTENTVALID("Element %1 failed to validate content"),
        EXTRACONTENT("Element %1 has extra content: %2"),
        INVALIDATTR("Invalid attribute %1 for element %2"),
        DATAELEM("Datatype element %1 has child elements"),
        VALELEM("Value element %1 has child elements"),
        DATATYPE("Error validating datatype %1"),
        VALUE("Error validating value %1"),
        EXTRADATA("Extra data in the document");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    private record Err(Kind kind, String a1, String a2, Node node) {
        String message() {
            return kind.text.replace("%1", a1 == null ? "" : a1).replace("%2", a2 == null ? "" : a2);
        }
    }

    private static final int MAX_SHOWN = 5;

    private final List<Err> tab = new ArrayList<>();
    private int nr;
    /** The slot last pushed; not forgotten by a pop that leaves errors below it (libxml2 does the same). */
    private int last = -1;
    private final List<String> shown = new ArrayList<>();

    int size() {
        return nr;
    }

    List<String> shown() {
        return shown;
    }

    /** Shows the error at once (after the stack) when it counts, else stacks it. */
    void add(boolean ignorable, Node where, Kind kind, String a1, String a2) {
        if (!ignorable) {
            if (nr != 0) {
                dump();
            }
            shown.add(new Err(kind, a1, a2, where).message());
        } else {
            push(where, kind, a1, a2);
        }
    }

    private void push(Node where, Kind kind, String a1, String a2) {
        if (last >= 0 && last < tab.size() && tab.get(last).node == where && tab.get(last).kind == kind) {
            return;
        }
        Err e = new Err(kind, a1, a2, where);
        if (nr < tab.size()) {
            tab.set(nr, e);
        } else {
            tab.add(e);
        }
        last = nr++;
    }

    /** Drops the errors above level. */
    void popTo(int level) {
        nr = Math.min(nr, level);
        if (nr <= 0) {
            last = -1;
        }
    }

    /** Drops the top error. */
    void popOne() {
        if (nr <= 0) {
            last = -1;
            return;
        }
        nr--;
        last = nr > 0 ? nr - 1 : -1;
    }

    /** The top error, if it is of this kind (and, when given, has this argument at index 1 or 2). */
    boolean topIs(Kind kind, int argIndex, String arg) {
        if (last < 0 || last >= tab.size()) {
            return false;
        }
        Err e = tab.get(last);
        return e.kind == kind && (argIndex == 0 || Objects.equals(argIndex == 1 ? e.a1 : e.a2, arg));
    }

    /** Shows the stacked errors, each at most once, five at most, and empties the stack. */
    void dump() {
        int k = 0;
        for (int i = 0; i < nr; i++) {
            Err e = tab.get(i);
            if (k >= MAX_SHOWN) {
                continue;
            }
            boolean dup = false;
            for (int j = 0; j < i && !dup; j++) {
                Err d = tab.get(j);
                dup = d.kind == e.kind && d.node == e.node && Objects.equals(d.a1, e.a1) && Objects.equals(d.a2, e.a2);
            }
            if (!dup) {
                shown.add(e.message());
                k++;
            }
        }
        nr = 0;
    }
}
