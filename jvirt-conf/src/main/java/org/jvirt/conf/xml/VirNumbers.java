package org.jvirt.conf.xml;

import java.util.UUID;

/**
 * Numbers and UUIDs read the way libvirt 9.0 reads them, for every XML family: C's strtoul/strtoull (leading
 * blanks, a sign, base 0 prefixes, the whole text consumed) behind its virStrToLong_* wrappers, and virUUIDParse.
 * Each wrapper differs in what it does with a minus sign, which is visible in error cases ("-1" is UINT_MAX for
 * one, an error for another), so each is kept apart. All return null where libvirt reports failure.
 */
public final class VirNumbers {

    private static final long UINT_MAX = 0xFFFFFFFFL;

    private VirNumbers() {
    }

    /** strtoull over the whole text: the magnitude, whether a '-' was consumed, and ERANGE. */
    private record Strtoull(long magnitude, boolean minus, boolean overflow) {

        /** The value strtoull returns: ULONG_MAX on overflow, else the magnitude negated when '-' was given. */
        long value() {
            return overflow ? -1L : minus ? -magnitude : magnitude;
        }
    }

    /** Null when no digits were read or text follows them (libvirt passes no end pointer). */
    private static Strtoull strtoull(String s, int base) {
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean minus = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            minus = s.charAt(i) == '-';
            i++;
        }
        // glibc takes "0x" as a prefix only when a hex digit follows; "0x" alone is the number 0 then text
        boolean hexPrefix = i + 2 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && hexDigit(s.charAt(i + 2)) >= 0;
        if (base == 0) {
            if (hexPrefix) {
                base = 16;
                i += 2;
            } else if (i < n && s.charAt(i) == '0') {
                base = 8;
            } else {
                base = 10;
            }
        } else if (base == 16 && hexPrefix) {
            i += 2;
        }
        int start = i;
        long value = 0;
        boolean overflow = false;
        while (i < n) {
            int d = digitValue(s.charAt(i));
            if (d < 0 || d >= base) {
                break;
            }
            if (!overflow) {
                long hi = Math.unsignedMultiplyHigh(value, base);
                long lo = value * base;
                long sum = lo + d;
                if (hi != 0 || Long.compareUnsigned(sum, lo) < 0) {
                    overflow = true;
                } else {
                    value = sum;
                }
            }
            i++;
        }
        if (i == start || i != n) {
            return null;
        }
        return new Strtoull(value, minus, overflow);
    }

    /** virStrToLong_ui: "-N" wraps to UINT_MAX+1-N when N fits in an unsigned int. */
    public static Long ui(String s, int base) {
        Strtoull r = s == null ? null : strtoull(s, base);
        if (r == null || r.overflow()) {
            return null;
        }
        if (r.minus()) {
            if (Long.compareUnsigned(r.magnitude(), UINT_MAX) > 0) {
                return null;
            }
            return -r.magnitude() & UINT_MAX;
        }
        return Long.compareUnsigned(r.magnitude(), UINT_MAX) > 0 ? null : r.magnitude();
    }

    /** virStrToLong_uip (virXMLPropUInt, virXPathUInt): no minus sign at all, at most UINT_MAX. */
    public static Long uip(String s, int base) {
        Strtoull r = s == null ? null : strtoull(s, base);
        if (r == null || r.overflow() || r.minus() || Long.compareUnsigned(r.magnitude(), UINT_MAX) > 0) {
            return null;
        }
        return r.magnitude();
    }

    /** virStrToLong_ullp / _ulp on 64-bit: no minus sign; the full unsigned 64-bit range (as a long's bits). */
    public static Long ullp(String s, int base) {
        Strtoull r = s == null ? null : strtoull(s, base);
        if (r == null || r.overflow() || r.minus()) {
            return null;
        }
        return r.value();
    }

    /** virStrToLong_i: a signed int; "-N" allowed down to INT_MIN. */
    public static Integer i(String s, int base) {
        Strtoull r = s == null ? null : strtoull(s, base);
        if (r == null || r.overflow()) {
            return null;
        }
        long limit = r.minus() ? 1L << 31 : (1L << 31) - 1;
        if (Long.compareUnsigned(r.magnitude(), limit) > 0) {
            return null;
        }
        return (int) (r.minus() ? -r.magnitude() : r.magnitude());
    }

    /** virUUIDParse, or null where it fails (one implementation, shared with the public API's lookups). */
    public static UUID uuid(String s) {
        return org.jvirt.Uuids.tryParse(s);
    }

    /** C isspace in the C locale. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** ASCII hex digit value, -1 otherwise (C's isxdigit never accepts other scripts' digits). */
    public static int hexDigit(char c) {
        int d = digitValue(c);
        return d < 16 ? d : -1;
    }

    /** strtoul's digit value: 0-9, then letters a-z/A-Z as 10-35; -1 for anything else. */
    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
