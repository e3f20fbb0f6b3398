package org.jvirt.virsh.nodedev;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodedev-autostart DEVICE [--disable]. */
public final class NodedevAutostartCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        boolean disable = cmd.has("disable");
        return NodeDevs.act(sh, cmd, true, d -> d.setAutostart(!disable),
                disable ? "Device %s unmarked as autostarted\n" : "Device %s marked as autostarted\n",
                disable ? "failed to unmark device %s as autostarted" : "failed to mark device %s as autostarted");
    }
}
