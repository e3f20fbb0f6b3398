package org.jvirt.virsh.storage;

import org.jvirt.StoragePool;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-destroy. */
public final class PoolDestroyCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Pools.act(sh, cmd, StoragePool::destroy, "Pool %s destroyed\n", "Failed to destroy pool %s");
    }
}
