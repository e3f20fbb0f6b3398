package org.jvirt.virsh.qemu;

import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** virshFetchPassFdsList: --pass-fds N,N,... as numbers; an empty array when absent. */
final class PassFds {

    private PassFds() {
    }

    static int[] of(Invocation cmd) {
        String v = cmd.string("pass-fds");
        if (v == null) {
            return new int[0];
        }
        String[] parts = v.split(",", -1);
        int[] fds = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                fds[i] = Integer.parseInt(parts[i]);
                if (fds[i] < 0) {
                    throw new NumberFormatException(parts[i]);
                }
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
