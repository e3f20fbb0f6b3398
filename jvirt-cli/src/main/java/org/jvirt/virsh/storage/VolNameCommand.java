package org.jvirt.virsh.storage;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** vol-name KEY-OR-PATH. */
public final class VolNameCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        sh.print(Pools.vol(sh, cmd, "vol", null).getName() + "\n");
        return true;
    }
}
