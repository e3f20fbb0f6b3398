package org.jvirt.virsh.qemu;

import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** virshFetchPassFdsList: --pass-fds N,N,... as numbers; an empty array when absent or empty. */
public final class PassFds {

    private PassFds() {
    }

    public static int[] of(Invocation cmd) {
        String v = cmd.raw("pass-fds");
        if (v == null || v.isEmpty()) {
            return new int[0];
        }
        String[] parts = v.split(",", -1);
        int[] fds = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                fds[i] = Integer.parseInt(parts[i]); // virsh takes any int, negative ones too
            } catch (NumberFormatException e) {
                throw new OptionException("Unable to parse FD number '" + parts[i] + "'");
            }
        }
        return fds;
    }

    /** The ARGV option's words joined by single spaces, as virsh builds a command string. */
    static String words(Invocation cmd) {
        return String.join(" ", cmd.argv());
    }
}
