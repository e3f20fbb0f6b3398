package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-destroy. */
public final class NetDestroyCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Network net = sh.network(cmd);
        if (net == null) {
            return false;
        }
        String name = cmd.string("network");
        try {
            net.destroy();
        } catch (VirtException e) {
            throw sh.fail("Failed to destroy network " + name, e);
        }
        sh.print("Network " + name + " destroyed\n");
        return true;
    }
}
