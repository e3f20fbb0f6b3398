package org.jvirt.virsh.storage;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-uuid. */
public final class PoolUuidCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        sh.print(Pools.pool(sh, cmd, "pool").getUUIDString() + "\n");
        return true;
    }
}
