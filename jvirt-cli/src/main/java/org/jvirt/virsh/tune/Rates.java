package org.jvirt.virsh.tune;

import org.jvirt.virsh.vsh.OptionException;

/** virshParseRateStr, shared by domiftune and attach-interface: "average[,peak[,burst[,floor]]]". */
public final class Rates {

    /** The fields in order; an empty or missing one is 0. */
    public static final String[] FIELDS = {"average", "peak", "burst", "floor"};

    private Rates() {
    }

    /** Up to four comma-separated unsigned numbers (blanks and '+' before each allowed), empty fields 0. */
    public static long[] parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length > FIELDS.length) {
            throw new OptionException("Rate string '" + text + "' has too many fields");
        }
        long[] r = new long[FIELDS.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            try {
                if (!Character.isDigit(parts[i].charAt(0)) && parts[i].charAt(0) != '+' && parts[i].charAt(0) != ' ') {
                    throw new NumberFormatException();
                }
                r[i] = Long.parseUnsignedLong(parts[i].strip().replaceFirst("^\\+", ""));
            } catch (NumberFormatException e) {
                throw new OptionException("field '" + FIELDS[i] + "' is malformed");
            }
        }
        return r;
    }
}
