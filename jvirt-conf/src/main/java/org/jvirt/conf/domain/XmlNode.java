package org.jvirt.conf.domain;

import java.util.List;
import org.jvirt.conf.xml.XmlWriter;

/**
 * An element kept as a small canonical tree: the families libvirt stores field by field but that jvirt does not
 * (yet) model with typed records (tuning, sysinfo, seclabel, the rarer devices, hyperv/kvm features, spice
 * options). Parsing goes through a {@link Shape}, so attributes and children are already in libvirt's output
 * order and unknown ones are dropped: formatting is a plain walk.
 *
 * @param name the element name
 * @param attrs attribute name/value pairs, in output order
 * @param text the text content (leaf elements only) or null
 * @param children child elements, in output order
 */
public record XmlNode(String name, List<String> attrs, String text, List<XmlNode> children) {

    public XmlNode {
        attrs = List.copyOf(attrs);
        children = List.copyOf(children);
    }

    /** The attribute value, or null. */
    public String attr(String n) {
        for (int i = 0; i < attrs.size(); i += 2) {
            if (attrs.get(i).equals(n)) {
                return attrs.get(i + 1);
            }
        }
        return null;
    }

    /** The first child with this name, or null. */
    public XmlNode child(String n) {
        for (XmlNode c : children) {
            if (c.name.equals(n)) {
                return c;
            }
        }
        return null;
    }

    /** The text of the first child with this name, or null. */
    public String childText(String n) {
        XmlNode c = child(n);
        return c == null ? null : c.text;
    }

    /** A copy with the attribute set (replaced in place, or inserted at its position in order). */
    XmlNode withAttr(String n, String v, List<String> order) {
        java.util.ArrayList<String> a = new java.util.ArrayList<>(attrs);
        for (int i = 0; i < a.size(); i += 2) {
            if (a.get(i).equals(n)) {
                if (v == null) {
                    a.remove(i);
                    a.remove(i);
                } else {
                    a.set(i + 1, v);
                }
                return new XmlNode(name, a, text, children);
            }
        }
        if (v == null) {
            return this;
        }
        int rank = order.indexOf(n);
        int at = a.size();
        for (int i = 0; i < a.size(); i += 2) {
            if (order.indexOf(a.get(i)) > rank) {
                at = i;
                break;
            }
        }
        a.add(at, v);
        a.add(at, n);
        return new XmlNode(name, a, text, children);
    }

    XmlNode withChildren(List<XmlNode> c) {
        return new XmlNode(name, attrs, text, c);
    }

    void format(XmlWriter w) {
        w.open(name);
        for (int i = 0; i < attrs.size(); i += 2) {
            w.attr(attrs.get(i), attrs.get(i + 1));
        }
        if (text != null && children.isEmpty()) {
            w.text(text);
        } else {
            for (XmlNode c : children) {
                c.format(w);
            }
        }
        w.end(name);
    }

    /** Writes the children only (the element itself is written by a typed formatter). */
    void formatChildren(XmlWriter w) {
        for (XmlNode c : children) {
            c.format(w);
        }
    }
}
