package org.jvirt.virsh.iface;

import org.jvirt.Interface;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** iface-start. */
public final class IfaceStartCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Ifaces.act(sh, cmd, i -> i.create(0), "Interface %s started\n", "Failed to start interface %s");
    }
}
