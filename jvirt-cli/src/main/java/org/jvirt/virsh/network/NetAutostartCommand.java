package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-autostart [--disable]. */
public final class NetAutostartCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Network net = sh.network(cmd);
        if (net == null) {
            return false;
        }
        String name = cmd.string("network");
        boolean disable = cmd.has("disable");
        try {
            net.setAutostart(!disable);
        } catch (VirtException e) {
            throw sh.fail((disable ? "failed to unmark network " : "failed to mark network ") + name + " as autostarted", e);
        }
        sh.print("Network " + name + (disable ? " unmarked as autostarted\n" : " marked as autostarted\n"));
        return true;
    }
}
