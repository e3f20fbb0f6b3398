package org.jvirt.virsh.storage;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** vol-key VOL [--pool P]. */
public final class VolKeyCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        sh.print(Pools.vol(sh, cmd, "vol", "pool").getKey() + "\n");
        return true;
    }
}
