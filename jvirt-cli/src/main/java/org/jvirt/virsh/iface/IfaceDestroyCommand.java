package org.jvirt.virsh.iface;

import org.jvirt.Interface;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** iface-destroy. */
public final class IfaceDestroyCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Ifaces.act(sh, cmd, i -> i.destroy(0), "Interface %s destroyed\n", "Failed to destroy interface %s");
    }
}
