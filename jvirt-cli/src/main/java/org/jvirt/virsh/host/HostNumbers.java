package org.jvirt.virsh.host;

import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** vshCommandOptULongLong / vshCommandOptUInt for the host commands: unsigned, malformed is virsh's error. */
final class HostNumbers {

    private HostNumbers() {
    }

    /** An unsigned 64-bit value, or {@code dflt} when absent (virStrToLong_ullp: no sign but '+'). */
    static long ullong(Invocation cmd, String name, long dflt) {
        String v = cmd.raw(name);
        if (v == null) {
            return dflt;
        }
        String s = v.strip();
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        try {
            if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
                throw new NumberFormatException(v);
            }
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            throw new OptionException("Numeric value '" + v + "' for <" + name + "> option is malformed or out of range");
        }
    }
}
