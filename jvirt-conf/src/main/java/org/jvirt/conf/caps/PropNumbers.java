package org.jvirt.conf.caps;

import org.jvirt.conf.xml.XmlElements;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/**
 * The attribute readers libvirt's virXMLPropUInt / virXMLPropULongLong / virXMLPropEnum are, with their
 * VIR_FROM_XML messages ("Invalid value for attribute 'A' in element 'E': 'V'. Expected ..."). Numbers are
 * strtoul-like: leading blanks allowed, nothing after the digits.
 */
final class PropNumbers {

    private PropNumbers() {
    }

    /** An unsigned 32-bit attribute; required ones must be present, nonzero ones must not be 0. */
    static int uint(Element e, String name, boolean required, boolean nonzero) {
        String v = required(e, name, required);
        Long n = unsigned(v);
        if (n == null || n > 0xffffffffL) {
            throw badAttr(name, e.getTagName(), v, " Expected non-negative integer value");
        }
        if (nonzero && n == 0) {
            throw zero(name, e.getTagName());
        }
        return (int) (long) n;
    }

    /** A required unsigned 64-bit attribute (kept below 2^63, which is all a frequency needs). */
    static long ulong(Element e, String name) {
        String v = required(e, name, true);
        Long n = unsigned(v);
        if (n == null) {
            throw badAttr(name, e.getTagName(), v, " Expected non-negative integer value");
        }
        return n;
    }

    /** A required attribute from a fixed set of names. */
    static String oneOf(Element e, String name, String element, String... allowed) {
        String v = required(e, name, true);
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw badAttr(name, element, v, "");
    }

    static Long unsigned(String v) {
        String s = v.stripLeading();
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(s);
    }

    static Long signed(String v) {
        String s = v.stripLeading();
        boolean negative = s.startsWith("-");
        Long n = unsigned(negative ? s.substring(1) : s);
        return n == null ? null : negative ? -n : n;
    }

    static VirtException badAttr(String attr, String element, String value, String expected) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                "Invalid value for attribute '" + attr + "' in element '" + element + "': '" + value + "'."
                        + expected);
    }

    private static String required(Element e, String name, boolean required) {
        String v = XmlElements.attr(e, name);
        if (v == null && required) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                    "Missing required attribute '" + name + "' in element '" + e.getTagName() + "'");
        }
        return v;
    }

    private static VirtException zero(String attr, String element) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                "Invalid value for attribute '" + attr + "' in element '" + element + "': Zero is not permitted");
    }
}
