package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-name: by UUID only. */
public final class NetNameCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Network net = sh.network(cmd, Shell.BY_UUID);
        if (net == null) {
            return false;
        }
        sh.print(net.getName() + "\n");
        return true;
    }
}
