package org.jvirt.virsh.network;

import org.jvirt.NetworkPort;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-port-delete NETWORK PORT. */
public final class NetPortDeleteCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        NetworkPort port = NetPorts.port(sh, cmd);
        if (port == null) {
            return true;
        }
        try {
            port.delete(0);
        } catch (VirtException e) {
            throw sh.fail("Failed to delete network port " + cmd.string("port"), e);
        }
        sh.printExtra("Network port " + cmd.string("port") + " deleted\n");
        return true;
    }
}
