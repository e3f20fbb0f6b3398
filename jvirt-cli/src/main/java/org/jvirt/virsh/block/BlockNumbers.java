package org.jvirt.virsh.block;

import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;
import org.jvirt.virsh.vsh.ScaledInt;

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

    /** vshCommandOptUInt: an unsigned int; 0 when absent. */
    static long uint(Invocation cmd, String name) {
        long v = cmd.ullongOpt(name, 0);
        if (Long.compareUnsigned(v, 0xffffffffL) > 0) {
            throw bad(cmd.raw(name), name);
        }
        return v;
    }

    /**
     * The --bandwidth of the block job commands (vshBlockJobOptionBandwidth): a plain number (wrapping as
     * vshCommandOptULWrap), else a size with a unit, in bytes, which is turned into MiB unless {@code bytes}.
     */
    static long bandwidth(Invocation cmd, boolean bytes) {
        String v = cmd.raw("bandwidth");
        if (v == null) {
            return 0;
        }
        try {
            return ulwrap(cmd, "bandwidth", 0);
        } catch (OptionException e) {
            long b = ScaledInt.parse(v, 1, -1L,
                    "Scaled numeric value '" + v + "' for <--bandwidth> option is malformed or out of range");
            return bytes ? b : b >>> 20;
        }
    }

    /** vshCommandOptTimeoutToMs: whole seconds above 0 whose milliseconds fit a C int; 0 when absent. */
    static int timeoutMs(Invocation cmd) {
        String v = cmd.raw("timeout");
        if (v == null) {
            return 0;
        }
        int s = cmd.intOpt("timeout", 0);
        if (s <= 0 || s > Integer.MAX_VALUE / 1000) {
            throw bad(v, "timeout");
        }
        return s * 1000;
    }

    private static OptionException bad(String v, String name) {
        return new OptionException("Numeric value '" + v + "' for <" + name + "> option is malformed or out of range");
    }
}
