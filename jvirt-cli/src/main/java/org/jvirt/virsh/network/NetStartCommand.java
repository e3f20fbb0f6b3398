package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-start. */
public final class NetStartCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Network net = sh.network(cmd);
        if (net == null) {
            return false;
        }
        String name = cmd.string("network");
        try {
            net.create();
        } catch (VirtException e) {
            throw sh.fail("Failed to start network " + name, e);
        }
        sh.print("Network " + name + " started\n");
        return true;
    }
}
