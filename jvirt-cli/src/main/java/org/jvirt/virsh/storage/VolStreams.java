package org.jvirt.virsh.storage;

import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** The --offset/--length options of vol-upload and vol-download (vshCommandOptULongLong and its Wrap form). */
final class VolStreams {

    private VolStreams() {
    }

    /**
     * An unsigned 64-bit option, 0 when absent. {@code wrap} accepts a '-' as strtoull does (the value wraps
     * modulo 2^64, so --length -1 means "all"); without it a '-' is refused.
     */
    static long ulong(Invocation cmd, String name, boolean wrap) {
        String v = cmd.raw(name);
        if (v == null) {
            return 0;
        }
        OptionException bad = new OptionException("Numeric value '" + v + "' for <" + name
                + "> option is malformed or out of range");
        int i = 0;
        while (i < v.length() && " \t\n\u000b\f\r".indexOf(v.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < v.length() && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
            negative = v.charAt(i) == '-';
            i++;
        }
        if (negative && !wrap) {
            throw bad;
        }
        String digits = v.substring(i);
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad;
        }
        long n;
        try {
            n = Long.parseUnsignedLong(digits);
        } catch (NumberFormatException e) {
            throw bad;
        }
        return negative ? -n : n;
    }
}
