package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-undefine. */
public final class NetUndefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Network net = sh.network(cmd);
        if (net == null) {
            return false;
        }
        String name = cmd.string("network");
        try {
            net.undefine();
        } catch (VirtException e) {
            throw sh.fail("Failed to undefine network " + name, e);
        }
        sh.print("Network " + name + " has been undefined\n");
        return true;
    }
}
