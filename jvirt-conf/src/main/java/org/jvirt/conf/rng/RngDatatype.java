package org.jvirt.conf.rng;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An XML Schema datatype with its facets, as {@code <data type=...><param .../></data>}. As libxml2 checks them:
 * the pattern facet applies to the raw text (no whitespace processing), the type's own lexical and range rules
 * (and the min/maxInclusive facets) to the whitespace-collapsed text.
 *
 * @param type the XML Schema type
 * @param facet the pattern facet as a Java regex matched against the whole value, or null
 * @param min minInclusive, or null
 * @param max maxInclusive, or null
 * @param minLength minLength in characters, or -1
 * @param maxLength maxLength in characters, or -1
 */
public record RngDatatype(Type type, Pattern facet, BigInteger min, BigInteger max, int minLength, int maxLength) {

    /** The XML Schema types our schemas use, with the range of the integer ones. */
    public enum Type {
        STRING(null, null),
        INT("-2147483648", "2147483647"),
        LONG("-9223372036854775808", "9223372036854775807"),
        SHORT("-32768", "32767"),
        UNSIGNED_LONG("0", "18446744073709551615"),
        UNSIGNED_INT("0", "4294967295"),
        UNSIGNED_SHORT("0", "65535"),
        UNSIGNED_BYTE("0", "255"),
        POSITIVE_INTEGER("1", null),
        NON_NEGATIVE_INTEGER("0", null),
        INTEGER(null, null);

        final BigInteger lo;
        final BigInteger hi;

        Type(String lo, String hi) {
            this.lo = lo == null ? null : new BigInteger(lo);
            this.hi = hi == null ? null : new BigInteger(hi);
        }

        /** XML Schema's name, e.g. unsignedInt. */
        public String xsdName() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder b = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return b.toString();
        }

        /** The type of an XML Schema name, or null when we do not know it. */
        public static Type ofXsd(String name) {
            for (Type t : values()) {
                if (t.xsdName().equals(name)) {
                    return t;
                }
            }
            return null;
        }
    }

    /** {@code regex} is in Java syntax; write XSD's {@code .} as {@code [^\n\r]}. */
    public static RngDatatype of(Type type, String regex) {
        return new RngDatatype(type, regex == null ? null : Pattern.compile(regex), null, null, -1, -1);
    }

    public boolean accepts(String raw) {
        return lexicalOk(raw) && facetsOk(raw);
    }

    /** The type's own rules: what libxml2 words as "Type T doesn't allow value 'V'" when they fail. */
    public boolean lexicalOk(String raw) {
        if (type == Type.STRING) {
            return true;
        }
        BigInteger v = integer(raw);
        return v != null && (type.lo == null || v.compareTo(type.lo) >= 0) && (type.hi == null || v.compareTo(type.hi) <= 0);
    }

    /** The params: their failures go unworded. */
    public boolean facetsOk(String raw) {
        if (facet != null && !facet.matcher(raw).matches()) {
            return false;
        }
        int len = raw.codePointCount(0, raw.length());
        if ((minLength >= 0 && len < minLength) || (maxLength >= 0 && len > maxLength)) {
            return false;
        }
        if (min == null && max == null) {
            return true;
        }
        BigInteger v = integer(raw);
        return v != null && (min == null || v.compareTo(min) >= 0) && (max == null || v.compareTo(max) <= 0);
    }

    private static BigInteger integer(String raw) {
        String s = collapse(raw);
        int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        if (s.length() == i || !s.substring(i).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return new BigInteger(s.startsWith("+") ? s.substring(1) : s);
    }

    /** An XML Schema regular expression as a Java one: XSD's {@code .} excludes only newline and return. */
    static String xsdRegex(String xsd) {
        StringBuilder b = new StringBuilder(xsd.length() + 8);
        int depth = 0;
        for (int i = 0; i < xsd.length(); i++) {
            char c = xsd.charAt(i);
            if (c == '\\' && i + 1 < xsd.length()) {
                b.append(c).append(xsd.charAt(++i));
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            }
            b.append(c == '.' && depth == 0 ? "[^\\n\\r]" : String.valueOf(c));
        }
        return b.toString();
    }

    /** XML Schema's whiteSpace=collapse: runs of space, tab, CR, LF become one space; no leading or trailing. */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pending = !b.isEmpty();
            } else {
                if (pending) {
                    b.append(' ');
                    pending = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
