package org.jvirt.virsh.nodedev;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodedev-reset DEVICE. */
public final class NodedevResetCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return NodeDevs.act(sh, cmd, false, d -> d.reset(), "Device %s reset\n", "Failed to reset device %s");
    }
}
