package org.jvirt.virsh.nodedev;

import org.jvirt.NodeDevice;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * nodedev-info DEVICE. A call the driver refuses counts as "yes" for active and persistent (virsh tests the -1
 * result as true) and as "no autostart".
 */
public final class NodedevInfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        NodeDevice dev = NodeDevs.find(sh, cmd, true);
        if (dev == null) {
            return false;
        }
        String parent = dev.getParent();
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-15s %s\n", "Name:", dev.getName()));
        b.append(String.format("%-15s %s\n", "Parent:", parent == null ? "" : parent));
        b.append(String.format("%-15s %s\n", "Active:", yes(() -> dev.isActive())));
        b.append(String.format("%-15s %s\n", "Persistent:", yes(() -> dev.isPersistent())));
        String autostart;
        try {
            autostart = dev.getAutostart() ? "yes" : "no";
        } catch (VirtException e) {
            autostart = "no autostart";
        }
        b.append(String.format("%-15s %s\n", "Autostart:", autostart));
        sh.print(b.toString());
        return true;
    }

    private static String yes(java.util.function.BooleanSupplier call) {
        try {
            return call.getAsBoolean() ? "yes" : "no";
        } catch (VirtException e) {
            return "yes";
        }
    }
}
