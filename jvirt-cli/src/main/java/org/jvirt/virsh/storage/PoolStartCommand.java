package org.jvirt.virsh.storage;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-start. */
public final class PoolStartCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Pools.act(sh, cmd, p -> p.create(0), "Pool %s started\n", "Failed to start pool %s");
    }
}
