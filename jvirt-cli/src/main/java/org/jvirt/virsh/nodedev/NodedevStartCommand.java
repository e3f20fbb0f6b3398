package org.jvirt.virsh.nodedev;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodedev-start DEVICE. */
public final class NodedevStartCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return NodeDevs.act(sh, cmd, false, d -> d.create(0), "Device %s started\n", "Failed to start device %s");
    }
}
