package org.jvirt.virsh.guest;

import org.jvirt.virsh.vsh.Invocation;

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
        return cmd.ulongOpt(name, dflt);
    }
}
