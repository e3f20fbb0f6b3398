package org.jvirt.conf.domain;

import java.util.Locale;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** Scaled integers as libvirt reads them (virScaleInteger) and plain unsigned numbers (virXPathULongLong). */
final class Units {

    private Units() {
    }

    /**
     * Bytes per unit for a suffix: none = default scale; "b"/"byte"/"bytes" = 1; one letter or letter+"iB" =
     * powers of 1024; letter+"B" = powers of 1000. Case-insensitive, as libvirt compares them.
     */
    static long scale(String unit, long defaultScale) {
        if (unit == null || unit.isEmpty()) {
            return defaultScale;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.equals("b") || u.equals("byte") || u.equals("bytes")) {
            return 1;
        }
        int power = switch (u.charAt(0)) {
            case 'k' -> 1;
            case 'm' -> 2;
            case 'g' -> 3;
            case 't' -> 4;
            case 'p' -> 5;
            case 'e' -> 6;
            default -> -1;
        };
        String rest = u.substring(1);
        long base;
        if (rest.isEmpty() || rest.equals("ib")) {
            base = 1024;
        } else if (rest.equals("b")) {
            base = 1000;
        } else {
            power = -1;
            base = 0;
        }
        if (power < 0) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE, "unknown suffix '" + unit + "'");
        }
        long s = 1;
        for (int i = 0; i < power; i++) {
            s *= base;
        }
        return s;
    }

    /**
     * Reads an unsigned decimal the way libvirt's XPath number helpers do: leading blanks skipped, digits
     * required, anything after the digits ignored. Returns -1 when no number is there.
     */
    static long parseULong(String text) {
        if (text == null) {
            return -1;
        }
        int i = 0;
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < n && text.charAt(i) == '+') {
            i++;
        }
        int start = i;
        long v = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            int d = c - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                return -1;
            }
            v = v * 10 + d;
            i++;
        }
        return i == start ? -1 : v;
    }

    /** A strict decimal int (virStrToLong_i style: whole string), or null when invalid. */
    static Integer parseIntStrict(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
