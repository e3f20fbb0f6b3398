package org.jvirt.conf.rng;

import java.util.List;
import org.jvirt.conf.rng.RngErrorStack.Kind;
import org.w3c.dom.Attr;
import org.w3c.dom.Node;

/**
 * The attribute and value part of {@link RngWalk}: an element's attributes consumed from the state, attribute
 * values and text content checked against value, data and choices of them.
 */
final class RngWalkValues {

    private final RngWalk w;

    RngWalkValues(RngWalk w) {
        this.w = w;
    }

    /** The plain attributes first, then the attribute-only content libxml2 moved next to them. */
    int attributeList(List<RngPattern> attrs) {
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
                if (w.state == null && w.states == null) {
                    return -1;
                }
                int res = w.definition(a);
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

    int attribute(RngPattern def) {
        if (w.state.attrsLeft <= 0) {
            return -1;
        }
        int found = -1;
        RngPattern valuePattern;
        if (def instanceof RngPattern.Attribute a) {
            valuePattern = a.value();
            for (int i = 0; i < w.state.attrs.length && found < 0; i++) {
                Attr at = w.state.attrs[i];
                if (at != null && at.getNamespaceURI() == null && a.name().equals(RngNodes.localName(at))) {
                    found = i;
                }
            }
        } else {
            RngPattern.AnyAttribute a = (RngPattern.AnyAttribute) def;
            valuePattern = a.value();
            for (int i = 0; i < w.state.attrs.length && found < 0; i++) {
                Attr at = w.state.attrs[i];
                if (at != null && a.names().matches(at.getNamespaceURI() == null ? "" : at.getNamespaceURI(),
                        RngNodes.localName(at))) {
                    found = i;
                }
            }
        }
        if (found < 0) {
            return -1;
        }
        int ret = value(valuePattern, w.state.attrs[found].getValue());
        if (ret == 0) {
            w.state.attrs[found] = null;
            w.state.attrsLeft--;
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
                int oldflags = w.flags;
                w.flags |= RngWalk.IGNORABLE;
                int ret = -1;
                for (RngPattern o : c.options()) {
                    ret = value(o, v);
                    if (ret == 0) {
                        break;
                    }
                }
                w.flags = oldflags;
                if (ret != 0) {
                    w.dumpUnlessIgnorable();
                } else {
                    w.errors.popTo(0);
                }
                yield ret;
            }
            default -> throw new IllegalArgumentException("not a value pattern: " + p);
        };
    }

    private int datatype(RngPattern.Data d, String v) {
        if (!d.type().lexicalOk(v)) {
            w.error(Kind.TYPEVAL, d.type().type().xsdName(), v);
            return -1;
        }
        return d.type().facetsOk(v) ? 0 : -1;
    }

    /** data or value as element content: the text of all remaining nodes, no element among them. */
    int textContent(RngPattern p, Node node) {
        StringBuilder text = new StringBuilder();
        for (Node c = node; c != null; c = w.next(c)) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                Node parent = node.getParentNode();
                w.error(p instanceof RngPattern.Data ? Kind.DATAELEM : Kind.VALELEM,
                        parent == null ? "" : RngWalk.nodeName(parent), null);
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
                w.error(Kind.DATATYPE, d.type().type().xsdName(), null);
            }
        } else {
            ret = value(p, text.toString());
            if (ret != 0) {
                w.error(Kind.VALUE, null, null);
            }
        }
        if (ret == 0) {
            w.state.seq = null;
        }
        return ret;
    }
}
