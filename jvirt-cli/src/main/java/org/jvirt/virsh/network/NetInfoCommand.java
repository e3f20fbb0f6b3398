package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-info: each line "%-15s %s". */
public final class NetInfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Network net = sh.network(cmd);
        if (net == null) {
            return false;
        }
        sh.printf("%-15s %s\n", "Name:", net.getName());
        sh.printf("%-15s %s\n", "UUID:", net.getUUIDString());
        try {
            sh.printf("%-15s %s\n", "Active:", net.isActive() ? "yes" : "no");
        } catch (VirtException e) {
            // left out, as virsh does when the call fails
        }
        try {
            sh.printf("%-15s %s\n", "Persistent:", net.isPersistent() ? "yes" : "no");
        } catch (VirtException e) {
            sh.printf("%-15s %s\n", "Persistent:", "unknown");
        }
        try {
            sh.printf("%-15s %s\n", "Autostart:", net.getAutostart() ? "yes" : "no");
        } catch (VirtException e) {
            sh.printf("%-15s %s\n", "Autostart:", "no autostart");
        }
        try {
            String bridge = net.getBridgeName();
            if (bridge != null) {
                sh.printf("%-15s %s\n", "Bridge:", bridge);
            }
        } catch (VirtException e) {
            // a network without a bridge: no line
        }
        return true;
    }
}
