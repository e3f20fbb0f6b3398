package org.jvirt.virsh.storage;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-delete. */
public final class PoolDeleteCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Pools.act(sh, cmd, p -> p.delete(0), "Pool %s deleted\n", "Failed to delete pool %s");
    }
}
