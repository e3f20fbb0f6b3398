package org.jvirt.virsh.nodedev;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodedev-destroy DEVICE. */
public final class NodedevDestroyCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return NodeDevs.act(sh, cmd, true, d -> d.destroy(), "Destroyed node device '%s'\n", "Failed to destroy node device '%s'");
    }
}
