package org.jvirt.virsh.storage;

import org.jvirt.StoragePool;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-start POOL [--build [--overwrite | --no-overwrite]]. */
public final class PoolStartCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        StoragePool pool = Pools.pool(sh, cmd, "pool");
        Opts.exclusive(cmd, "overwrite", "no-overwrite");
        int flags = PoolCreateAsCommand.buildFlags(cmd);
        return sh.act(pool, cmd.string("pool"), p -> p.create(flags), "Pool %s started\n", "Failed to start pool %s");
    }
}
