package org.jvirt.virsh.storage;

import org.jvirt.StoragePool;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-undefine. */
public final class PoolUndefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Pools.act(sh, cmd, StoragePool::undefine, "Pool %s has been undefined\n", "Failed to undefine pool %s");
    }
}
