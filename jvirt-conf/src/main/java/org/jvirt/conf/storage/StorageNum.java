package org.jvirt.conf.storage;

import java.math.BigInteger;
import java.util.Locale;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.error.ErrorCode;

/** Storage XML's own number readers: virStorageSize (virScaleInteger units) and path sanitising; C numbers are {@link VirNumbers}. */
final class StorageNum {

    private StorageNum() {
    }

    /**
     * virStorageSize: the number (virStrToLong_ullp, else "malformed capacity element") scaled by the unit
     * (virScaleInteger with limit LLONG_MAX).
     */
    static long size(String unit, String value) {
        Long v = VirNumbers.ullp(value, 10);
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
