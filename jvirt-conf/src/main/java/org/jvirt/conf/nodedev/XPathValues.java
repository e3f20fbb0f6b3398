package org.jvirt.conf.nodedev;

import java.util.List;
import org.jvirt.conf.xml.XmlElements;
import org.w3c.dom.Element;

/**
 * The XPath reads node_device_conf.c does, without an XPath engine: {@code string(./a/b[1])} (an empty text is
 * no value, as virXPathString has it) and its numbers, with virXPathULong/Int/ULongLong's verdicts: absent (-1)
 * or invalid (-2). libvirt 9.0 reads them as strings (" 7 " and "1.0" are invalid, a missing element is absent).
 */
final class XPathValues {

    /** A number read: absent, invalid, or a value. */
    record Num(int status, long value) {
        static final Num ABSENT = new Num(-1, 0);
        static final Num INVALID = new Num(-2, 0);
    }

    private XPathValues() {
    }

    /** string(./PATH[1]) for a path of child element names: the first match in document order. */
    static String string(Element e, String... path) {
        Element found = first(e, path, 0);
        if (found == null) {
            return null;
        }
        String s = found.getTextContent();
        return s.isEmpty() ? null : s;
    }

    private static Element first(Element e, String[] path, int i) {
        List<Element> kids = XmlElements.children(e, path[i]);
        if (i == path.length - 1) {
            return kids.isEmpty() ? null : kids.get(0);
        }
        for (Element k : kids) {
            Element f = first(k, path, i + 1);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** virXPathULong over string(): strtoul base 10, no sign, the whole text (kept in a C unsigned: the low 32 bits). */
    static Num ulong(String text) {
        if (text == null) {
            return Num.ABSENT;
        }
        Long v = org.jvirt.conf.xml.VirNumbers.ullp(text, 10);
        return v == null ? Num.INVALID : new Num(0, v);
    }

    /** virXPathInt over string(): a signed int in base 10. */
    static Num integer(String text) {
        if (text == null) {
            return Num.ABSENT;
        }
        Integer v = org.jvirt.conf.xml.VirNumbers.i(text, 10);
        return v == null ? Num.INVALID : new Num(0, v);
    }

    /** virXPathULongHex over a string: strtoul base 16 (a '-' wraps), kept in a C unsigned. */
    static Num hex(String text) {
        if (text == null || text.isEmpty()) {
            return Num.ABSENT;
        }
        Long v = org.jvirt.conf.xml.VirNumbers.ui(text, 16);
        if (v == null) {
            v = org.jvirt.conf.xml.VirNumbers.ullp(text, 16);
        }
        return v == null ? Num.INVALID : new Num(0, v);
    }
}
