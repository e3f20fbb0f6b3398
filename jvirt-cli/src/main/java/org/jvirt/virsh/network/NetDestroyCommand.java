package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-destroy. */
public final class NetDestroyCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Net.act(sh, cmd, Network::destroy, "Network %s destroyed\n", "Failed to destroy network %s");
    }
}
