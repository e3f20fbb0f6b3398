package org.jvirt.virsh.storage;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.vsh.OptionException;

/**
 * virshVolSize: an unsigned number (virStrToLong_ullp: leading blanks and '+', no '-') with an optional
 * virScaleInteger suffix, in bytes by default, up to 2^64-1. A bad value is "Malformed size X"; a bad suffix
 * or an overflow of the scaling also leaves libvirt's own error, which virsh reports after its message.
 */
final class VolSize {

    private VolSize() {
    }

    static long parse(String v) {
        String bad = "Malformed size " + v;
        int i = 0;
        while (i < v.length() && " \t\n\u000b\f\r".indexOf(v.charAt(i)) >= 0) {
            i++;
        }
        if (i < v.length() && v.charAt(i) == '+') {
            i++;
        }
        int start = i;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
        }
        long num;
        try {
            num = Long.parseUnsignedLong(v.substring(start, i));
        } catch (NumberFormatException e) {
            throw new OptionException(bad);
        }
        String suffix = v.substring(i);
        long mult = multiplier(suffix);
        if (mult == 0) {
            throw new OptionException(bad, VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                    "unknown suffix '" + suffix + "'"));
        }
        if (num != 0 && Long.compareUnsigned(num, Long.divideUnsigned(-1L, mult)) > 0) {
            throw new OptionException(bad, VirtException.of(ErrorCode.OVERFLOW, ErrorDomain.NONE,
                    "value too large: " + Long.toUnsignedString(num) + suffix));
        }
        return num * mult;
    }

    /** virScaleInteger's suffixes with bytes as the default unit: 1024 powers for k/KiB, 1000 for KB; 0 if unknown. */
    private static long multiplier(String suffix) {
        if (suffix.isEmpty()) {
            return 1;
        }
        String s = suffix.toLowerCase(java.util.Locale.ROOT);
        if (s.equals("b") || s.equals("byte") || s.equals("bytes")) {
            return 1;
        }
        int base;
        if (s.length() == 1 || s.substring(1).equals("ib")) {
            base = 1024;
        } else if (s.length() == 2 && s.charAt(1) == 'b') {
            base = 1000;
        } else {
            return 0;
        }
        int pow = "kmgtpe".indexOf(s.charAt(0)) + 1;
        if (pow == 0) {
            return 0;
        }
        long mult = 1;
        for (int k = 0; k < pow; k++) {
            mult *= base;
        }
        return mult;
    }
}
