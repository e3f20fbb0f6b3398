package org.jvirt.virsh.storage;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-dumpxml [--inactive]. */
public final class PoolDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        sh.print(Pools.pool(sh, cmd, "pool").getXMLDesc(cmd.has("inactive") ? 1 : 0));
        return true;
    }
}
