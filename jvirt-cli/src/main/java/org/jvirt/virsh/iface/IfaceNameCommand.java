package org.jvirt.virsh.iface;

import org.jvirt.Interface;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** iface-name MAC: looked up by MAC only. */
public final class IfaceNameCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Interface iface = Ifaces.lookup(sh, cmd, "interface", Ifaces.BYMAC);
        if (iface == null) {
            return false;
        }
        sh.print(iface.getName() + "\n");
        return true;
    }
}
