package org.jvirt.virsh.vsh;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * A size as virsh reads it (vshCommandOptScaledInt, virshVolSize): virStrToLong_ullp (leading blanks and '+',
 * no '-') then virScaleInteger. A bad number is the caller's message alone; a bad suffix or an overflow of the
 * scaling also carries libvirt's own error, which virsh reports after its message.
 */
public final class ScaledInt {

    private ScaledInt() {
    }

    /**
     * @param scale the unit of a number without suffix, in bytes
     * @param max the largest result (unsigned)
     * @param bad virsh's message for this option
     */
    public static long parse(String v, long scale, long max, String bad) {
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
        long mult = scaleOf(suffix, scale);
        if (mult == 0) {
            throw new OptionException(bad, VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                    "unknown suffix '" + suffix + "'"));
        }
        if (num != 0 && Long.compareUnsigned(num, Long.divideUnsigned(max, mult)) > 0) {
            throw new OptionException(bad, VirtException.of(ErrorCode.OVERFLOW, ErrorDomain.NONE,
                    "value too large: " + Long.toUnsignedString(num) + suffix));
        }
        return num * mult;
    }

    /** virScaleInteger's suffixes: none (the default scale), b/byte/bytes, k M G T P E alone or with iB (1024), with B (1000); 0 if unknown. */
    private static long scaleOf(String suffix, long scale) {
        if (suffix.isEmpty()) {
            return scale;
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
        long mult = pow == 0 ? 0 : 1;
        for (int k = 0; k < pow; k++) {
            mult *= base;
        }
        return mult;
    }
}
