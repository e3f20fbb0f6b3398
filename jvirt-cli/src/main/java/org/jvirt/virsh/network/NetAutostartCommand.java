package org.jvirt.virsh.network;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-autostart [--disable]. */
public final class NetAutostartCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        boolean disable = cmd.has("disable");
        return Net.act(sh, cmd, net -> net.setAutostart(!disable),
                disable ? "Network %s unmarked as autostarted\n" : "Network %s marked as autostarted\n",
                disable ? "failed to unmark network %s as autostarted" : "failed to mark network %s as autostarted");
    }
}
