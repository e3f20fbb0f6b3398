package org.jvirt.conf.domain;

import java.util.BitSet;

/** cpuset / nodeset strings: "1-4,^3,6" parsed to a bitmap and printed back as libvirt does ("1-2,4,6"). */
final class CpuSet {

    /** libvirt's VIR_DOMAIN_CPUMASK_LEN. */
    private static final int MAX = 4096;

    private CpuSet() {
    }

    static String normalize(String text) {
        BitSet set = parse(text);
        if (set == null || set.isEmpty()) {
            // virBitmapParse reports under VIR_FROM_NONE
            throw org.jvirt.error.VirtException.of(org.jvirt.error.ErrorCode.INVALID_ARG,
                    org.jvirt.error.ErrorDomain.NONE, "Failed to parse bitmap '" + text + "'");
        }
        return format(set);
    }

    /** Parses the list syntax, or null when malformed. */
    static BitSet parse(String text) {
        BitSet set = new BitSet();
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        for (String part : s.split(",", -1)) {
            part = part.strip();
            boolean neg = part.startsWith("^");
            if (neg) {
                part = part.substring(1);
            }
            int dash = part.indexOf('-');
            Integer lo;
            Integer hi;
            if (dash < 0) {
                lo = Units.parseIntStrict(part);
                hi = lo;
            } else {
                if (neg) {
                    return null;
                }
                lo = Units.parseIntStrict(part.substring(0, dash));
                hi = Units.parseIntStrict(part.substring(dash + 1));
            }
            if (lo == null || hi == null || lo < 0 || hi < lo || hi >= MAX) {
                return null;
            }
            if (neg) {
                set.clear(lo);
            } else {
                set.set(lo, hi + 1);
            }
        }
        return set;
    }

    static String format(BitSet set) {
        StringBuilder sb = new StringBuilder();
        int i = set.nextSetBit(0);
        while (i >= 0) {
            int end = set.nextClearBit(i) - 1;
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(i);
            if (end > i) {
                sb.append('-').append(end);
            }
            i = set.nextSetBit(end + 1);
        }
        return sb.toString();
    }
}
