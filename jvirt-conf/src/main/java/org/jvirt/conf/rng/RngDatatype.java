package org.jvirt.conf.rng;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * An XML Schema datatype with an optional pattern facet, as {@code <data type=...><param name="pattern">}.
 * As libxml2 checks them: the facet applies to the raw text (no whitespace processing), the type's own lexical
 * and range rules to the whitespace-collapsed text.
 *
 * @param type the XML Schema type
 * @param facet the pattern facet as a Java regex matched against the whole value, or null
 */
public record RngDatatype(Type type, Pattern facet) {

    /** The XML Schema types libvirt's small schemas use. */
    public enum Type {
        STRING, UNSIGNED_LONG
    }

    private static final BigInteger ULONG_MAX = new BigInteger("18446744073709551615");

    /** {@code regex} is in Java syntax; write XSD's {@code .} as {@code [^\n\r]}. */
    public static RngDatatype of(Type type, String regex) {
        return new RngDatatype(type, regex == null ? null : Pattern.compile(regex));
    }

    public boolean accepts(String raw) {
        if (!lexicalOk(raw)) {
            return false;
        }
        return facet == null || facet.matcher(raw).matches();
    }

    private boolean lexicalOk(String raw) {
        return switch (type) {
            case STRING -> true;
            case UNSIGNED_LONG -> {
                String s = collapse(raw);
                if (s.startsWith("+")) {
                    s = s.substring(1);
                }
                yield !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9')
                        && new BigInteger(s).compareTo(ULONG_MAX) <= 0;
            }
        };
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
