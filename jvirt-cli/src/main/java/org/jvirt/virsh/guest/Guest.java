package org.jvirt.virsh.guest;

import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** Option readers the guest commands share. */
final class Guest {

    private Guest() {
    }

    /** vshCommandOptLongLong: absent gives {@code dflt}. */
    static long longOpt(Invocation cmd, String name, long dflt) {
        return cmd.longOpt(name, dflt);
    }

    /** vshCommandOptULongLong. */
    static long ulongOpt(Invocation cmd, String name, long dflt) {
        String v = cmd.raw(name);
        if (v == null) {
            return dflt;
        }
        try {
            String s = v.strip();
            return Long.parseUnsignedLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            throw new OptionException("Numeric value '" + v + "' for <" + name + "> option is malformed or out of range");
        }
    }
}
