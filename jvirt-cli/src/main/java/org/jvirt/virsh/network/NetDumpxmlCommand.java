package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-dumpxml [--inactive]. */
public final class NetDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Network net = sh.network(cmd);
        if (net == null) {
            return false;
        }
        sh.print(net.getXMLDesc(cmd.has("inactive") ? 1 : 0));
        return true;
    }
}
