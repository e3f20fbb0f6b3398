package org.jvirt.virsh.storage;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-build [--overwrite | --no-overwrite]. */
public final class PoolBuildCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = (cmd.has("overwrite") ? 8 : 0) | (cmd.has("no-overwrite") ? 4 : 0);
        return Pools.act(sh, cmd, p -> p.build(flags), "Pool %s built\n", "Failed to build pool %s");
    }
}
