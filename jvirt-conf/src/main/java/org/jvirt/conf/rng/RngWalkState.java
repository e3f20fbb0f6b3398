package org.jvirt.conf.rng;

import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Where a walk stands inside one element, as libxml2's validator keeps it: the element, the next content node
 * (followed through the walk's own sibling links, which interleaves rewrite) and the attributes not consumed yet.
 */
final class RngWalkState {

    /** The element whose content is walked; null at the document level. */
    final Element node;
    /** The next content node; null when the content is used up. */
    Node seq;
    final Attr[] attrs;
    int attrsLeft;

    RngWalkState(Element node, Node seq, Attr[] attrs) {
        this.node = node;
        this.seq = seq;
        this.attrs = attrs;
        this.attrsLeft = attrs.length;
    }

    private RngWalkState(RngWalkState o) {
        this.node = o.node;
        this.seq = o.seq;
        this.attrs = o.attrs.clone();
        this.attrsLeft = o.attrsLeft;
    }

    RngWalkState copy() {
        return new RngWalkState(this);
    }

    /** Same element, same next node, same attributes left: libxml2 keeps only one of such states. */
    boolean sameAs(RngWalkState o) {
        return node == o.node && seq == o.seq && attrsLeft == o.attrsLeft && Arrays.equals(attrs, o.attrs);
    }

    /** Adds s unless an equal state is there; true when added. */
    static boolean add(List<RngWalkState> list, RngWalkState s) {
        for (RngWalkState o : list) {
            if (o.sameAs(s)) {
                return false;
            }
        }
        list.add(s);
        return true;
    }
}
