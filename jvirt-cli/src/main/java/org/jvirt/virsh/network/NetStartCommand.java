package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-start. */
public final class NetStartCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Net.act(sh, cmd, Network::create, "Network %s started\n", "Failed to start network %s");
    }
}
