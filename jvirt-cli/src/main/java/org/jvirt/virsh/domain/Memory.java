package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** The shared steps of setmem and setmaxmem: impact flags, the domain, and the size (KiB unless a unit is given). */
final class Memory {

    /** ULONG_MAX: on a 64-bit host virsh caps the size in bytes at the API's unsigned long. */
    private static final long MAX_BYTES = -1L;

    /** Receives the impact flags, or -1 when none of --current, --live, --config was given (as virsh's code). */
    @FunctionalInterface
    interface Setter {
        void set(Domain dom, long kib, int flags);
    }

    private Memory() {
    }

    static boolean set(Shell sh, Invocation cmd, Setter setter) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> {
            long bytes = cmd.scaled("size", 1024, MAX_BYTES);
            boolean none = !cmd.has("current") && !cmd.has("live") && !cmd.has("config");
            // VIR_DIV_UP in unsigned long long arithmetic, wrap-around included
            setter.set(dom, Long.divideUnsigned(bytes + 1023, 1024), none ? -1 : flags);
            return true;
        });
    }
}
