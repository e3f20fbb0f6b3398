package org.jvirt.virsh.storage;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-autostart [--disable]. */
public final class PoolAutostartCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        boolean on = !cmd.has("disable");
        return Pools.act(sh, cmd, p -> p.setAutostart(on),
                on ? "Pool %s marked as autostarted\n" : "Pool %s unmarked as autostarted\n",
                on ? "failed to mark pool %s as autostarted" : "failed to unmark pool %s as autostarted");
    }
}
