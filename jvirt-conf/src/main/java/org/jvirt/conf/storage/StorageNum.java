package org.jvirt.conf.storage;

import java.math.BigInteger;
import java.util.Locale;
import java.util.UUID;
import org.jvirt.error.ErrorCode;

/** The number readers storage XML goes through: virStrToLong_* (strtol rules), virUUIDParse, virScaleInteger. */
final class StorageNum {

    private StorageNum() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static int digit(char c, int base) {
        int d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'a' && c <= 'z') {
            d = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'Z') {
            d = c - 'A' + 10;
        } else {
            return -1;
        }
        return d < base ? d : -1;
    }

    /**
     * strtol/strtoull over the whole text (leading blanks, sign, base prefix for base 0/16, nothing after):
     * the value as a BigInteger (negative when a minus sign was given), or null when invalid.
     */
    static BigInteger parse(String s, int base) {
        if (s == null) {
            return null;
        }
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
        if ((base == 0 || base == 16) && i + 1 < n && s.charAt(i) == '0'
                && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X') && i + 2 < n && digit(s.charAt(i + 2), 16) >= 0) {
            base = 16;
            i += 2;
        } else if (base == 0) {
            base = i < n && s.charAt(i) == '0' ? 8 : 10;
        }
        int start = i;
        BigInteger v = BigInteger.ZERO;
        BigInteger b = BigInteger.valueOf(base);
        while (i < n && digit(s.charAt(i), base) >= 0) {
            v = v.multiply(b).add(BigInteger.valueOf(digit(s.charAt(i), base)));
            i++;
        }
        if (i == start || i != n) {
            return null;
        }
        return minus ? v.negate() : v;
    }

    /** virStrToLong_i. */
    static Integer toInt(String s, int base) {
        BigInteger v = parse(s, base);
        if (v == null || v.bitLength() > 31) {
            return null;
        }
        return v.intValue();
    }

    /** virStrToLong_ullp: no minus sign, unsigned 64-bit. */
    static Long toULongP(String s) {
        BigInteger v = parse(s, 10);
        if (v == null || v.signum() < 0 || v.bitLength() > 64 || s.strip().startsWith("-")) {
            return null;
        }
        return v.longValue();
    }

    /** virStrToLong_uip: no minus sign, unsigned 32-bit; base 0 = C prefixes. */
    static Long toUIntP(String s, int base) {
        BigInteger v = parse(s, base);
        if (v == null || v.signum() < 0 || v.bitLength() > 32 || s.strip().startsWith("-")) {
            return null;
        }
        return v.longValue();
    }

    /** virUUIDParse. */
    static UUID uuid(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        long hi = 0;
        long lo = 0;
        for (int b = 0; b < 16;) {
            if (i >= n) {
                return null;
            }
            char c = s.charAt(i);
            if (c == '-' || c == ' ') {
                i++;
                continue;
            }
            if (i + 1 >= n || digit(c, 16) < 0 || digit(s.charAt(i + 1), 16) < 0) {
                return null;
            }
            int v = digit(c, 16) * 16 + digit(s.charAt(i + 1), 16);
            if (b < 8) {
                hi = hi << 8 | v;
            } else {
                lo = lo << 8 | v;
            }
            b++;
            i += 2;
        }
        for (; i < n; i++) {
            if (!isSpace(s.charAt(i))) {
                return null;
            }
        }
        return new UUID(hi, lo);
    }

    /**
     * virStorageSize: the number (virStrToLong_ullp, else "malformed capacity element") scaled by the unit
     * (virScaleInteger with limit LLONG_MAX).
     */
    static long size(String unit, String value) {
        Long v = toULongP(value);
        if (v == null) {
            throw StorageErr.xml("malformed capacity element");
        }
        long scale = scale(unit);
        BigInteger r = BigInteger.valueOf(v).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE))
                .multiply(BigInteger.valueOf(scale));
        if (r.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
            throw StorageErr.none(ErrorCode.OVERFLOW, "value too large: %s%s", Long.toUnsignedString(v),
                    unit == null ? "" : unit);
        }
        return r.longValue();
    }

    /** virScaleInteger's units: none/b/byte/bytes = 1; k, m... or kiB = 1024^n; kB = 1000^n; case-insensitive. */
    static long scale(String unit) {
        if (unit == null || unit.isEmpty()) {
            return 1;
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
        long base = rest.isEmpty() || rest.equals("ib") ? 1024 : rest.equals("b") ? 1000 : 0;
        if (power < 0 || base == 0) {
            throw StorageErr.none(ErrorCode.INVALID_ARG, "unknown suffix '%s'", unit);
        }
        long s = 1;
        for (int i = 0; i < power; i++) {
            s *= base;
        }
        return s;
    }

    /** virFileSanitizePath: "///x" -> "/x", a leading "//" kept, repeated slashes collapsed, trailing slash dropped. */
    static String sanitizePath(String path) {
        String p = path;
        if (p.startsWith("///")) {
            p = p.substring(2);
        }
        StringBuilder b = new StringBuilder(p.length());
        int i = 0;
        if (p.startsWith("//")) {
            b.append('/');
            i = 1;
        }
        for (; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '/' && i + 1 < p.length() && p.charAt(i + 1) == '/') {
                continue;
            }
            if (c == '/' && i + 1 == p.length() && b.length() > 0 && !b.toString().equals("/")) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
