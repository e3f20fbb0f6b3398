package org.jvirt.virsh.storage;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-refresh. */
public final class PoolRefreshCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Pools.act(sh, cmd, p -> p.refresh(0), "Pool %s refreshed\n", "Failed to refresh pool %s");
    }
}
