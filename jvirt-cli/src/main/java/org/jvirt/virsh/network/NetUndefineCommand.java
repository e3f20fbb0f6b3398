package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-undefine. */
public final class NetUndefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Net.act(sh, cmd, Network::undefine, "Network %s has been undefined\n", "Failed to undefine network %s");
    }
}
