package org.jvirt.virsh.nodedev;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodedev-undefine DEVICE. */
public final class NodedevUndefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return NodeDevs.act(sh, cmd, true, d -> d.undefine(0), "Undefined node device '%s'\n", "Failed to undefine node device '%s'");
    }
}
