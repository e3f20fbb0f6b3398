package org.jvirt.virsh.iface;

import org.jvirt.Interface;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** iface-undefine. */
public final class IfaceUndefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Ifaces.act(sh, cmd, Interface::undefine, "Interface %s undefined\n", "Failed to undefine interface %s");
    }
}
