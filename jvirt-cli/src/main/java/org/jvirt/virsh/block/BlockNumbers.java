package org.jvirt.virsh.block;

import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** The numeric option readers of the block job and migration commands. */
final class BlockNumbers {

    private BlockNumbers() {
    }

    /** vshCommandOptULWrap: an unsigned long where a negative value wraps (-1 is the largest). */
    static long ulwrap(Invocation cmd, String name, long dflt) {
        String v = cmd.raw(name);
        if (v == null) {
            return dflt;
        }
        String s = v.strip();
        try {
            return s.startsWith("-") ? Long.parseLong(s) : Long.parseUnsignedLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            throw bad(v, name);
        }
    }

    private static OptionException bad(String v, String name) {
        return new OptionException("Numeric value '" + v + "' for <" + name + "> option is malformed or out of range");
    }
}
