package org.jvirt.virsh.iface;

import org.jvirt.Interface;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** iface-mac NAME: looked up by name only. */
public final class IfaceMacCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Interface iface = Ifaces.lookup(sh, cmd, "interface", Ifaces.BYNAME);
        if (iface == null) {
            return false;
        }
        sh.print(iface.getMACString() + "\n");
        return true;
    }
}
