package org.jvirt.virsh.nodedev;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodedev-reattach DEVICE. */
public final class NodedevReattachCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return NodeDevs.act(sh, cmd, false, d -> d.reAttach(), "Device %s re-attached\n", "Failed to re-attach device %s");
    }
}
