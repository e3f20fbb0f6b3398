package org.jvirt.conf.rng;

import org.jvirt.conf.rng.RngErrorStack.Kind;
import org.w3c.dom.Node;

/**
 * The interleave part of {@link RngWalk}, as libxml2 2.9 does it: the children are sorted to the parts by name
 * (chained through the walk's sibling links), each part is then checked against its own chain, and on the way
 * out the links are restored from the previous-sibling pointers.
 */
final class RngWalkInterleave {

    private final RngWalk w;

    RngWalkInterleave(RngWalk w) {
        this.w = w;
    }

    int interleave(RngPattern.Interleave il) {
        int errNr = w.errors.size();
        RngShapes.Partition part = w.shapes.partition(il);
        int nb = part.parts().size();
        int oldflags = w.flags;
        if (part.mixed()) {
            w.flags |= RngWalk.MIXED;
            if (nb == 2) {
                w.skipIgnored(w.state);
                RngPattern other = part.parts().get(0).rule() instanceof RngPattern.Text
                        ? part.parts().get(1).rule() : part.parts().get(0).rule();
                int ret = w.definition(other);
                if (ret == 0 && w.state != null) {
                    w.skipIgnored(w.state);
                }
                w.flags = oldflags;
                return ret;
            }
        }
        Node[] list = new Node[nb];
        Node[] lasts = new Node[nb];
        Node cur = w.skipIgnored(w.state);
        Node start = cur;
        Node lastchg = null;
        while (cur != null) {
            w.state.seq = cur;
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
                w.link(lasts[i], cur);
            } else {
                list[i] = cur;
            }
            lasts[i] = cur;
            lastchg = w.next(cur) != null ? w.next(cur) : cur;
            cur = w.skipIgnored(w.next(cur));
        }
        Node lastelem = cur;
        RngWalkState oldstate = w.state;
        int ret = 0;
        Node last = null;
        for (int i = 0; i < nb; i++) {
            w.state = oldstate.copy();
            if (lasts[i] != null) {
                last = w.next(lasts[i]);
                w.link(lasts[i], null);
            }
            w.state.seq = list[i];
            ret = w.definition(part.parts().get(i).rule());
            if (ret != 0) {
                break;
            }
            if (w.state != null) {
                Node left = w.skipIgnored(w.state);
                oldstate = w.state;
                w.state = null;
                if (left != null) {
                    w.error(Kind.INTEREXTRA, RngWalk.nodeName(left), null);
                    w.state = oldstate;
                    return done(-1, errNr, oldflags, lastchg, start);
                }
            } else if (w.states != null) {
                boolean found = false;
                int best = -1;
                int lowattr = -1;
                Node left = null;
                for (int j = 0; j < w.states.size(); j++) {
                    RngWalkState s = w.states.get(j);
                    left = w.skipIgnored(s);
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
                if (!w.states.isEmpty()) {
                    oldstate = best != -1 ? w.states.get(best) : w.states.getLast();
                }
                w.states = null;
                if (!found) {
                    w.error(Kind.INTEREXTRA, left == null ? "noname" : RngWalk.nodeName(left), null);
                    w.state = oldstate;
                    return done(-1, errNr, oldflags, lastchg, start);
                }
            } else {
                ret = -1;
                break;
            }
            if (lasts[i] != null) {
                w.link(lasts[i], last);
            }
        }
        w.state = oldstate;
        w.state.seq = lastelem;
        if (ret != 0) {
            w.error(Kind.INTERSEQ, null, null);
            return done(-1, errNr, oldflags, lastchg, start);
        }
        return done(0, errNr, oldflags, lastchg, start);
    }

    /** Leaving an interleave: the siblings from lastchg back to start are relinked in document order. */
    private int done(int ret, int errNr, int oldflags, Node lastchg, Node start) {
        w.flags = oldflags;
        for (Node cur = lastchg; cur != null; cur = cur.getPreviousSibling()) {
            if (cur == start || cur.getPreviousSibling() == null) {
                break;
            }
            w.link(cur.getPreviousSibling(), cur);
        }
        if (ret == 0) {
            w.errors.popTo(errNr);
        }
        return ret;
    }
}
