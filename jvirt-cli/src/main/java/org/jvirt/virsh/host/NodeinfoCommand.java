package org.jvirt.virsh.host;

import org.jvirt.NodeInfo;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodeinfo. */
public final class NodeinfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        NodeInfo i;
        try {
            i = sh.conn().nodeGetInfo();
        } catch (VirtException e) {
            throw sh.fail("failed to get node information", e);
        }
        sh.printf("%-20s %s\n", "CPU model:", i.model());
        sh.printf("%-20s %d\n", "CPU(s):", i.cpus());
        sh.printf("%-20s %d MHz\n", "CPU frequency:", i.mhz());
        sh.printf("%-20s %d\n", "CPU socket(s):", i.sockets());
        sh.printf("%-20s %d\n", "Core(s) per socket:", i.cores());
        sh.printf("%-20s %d\n", "Thread(s) per core:", i.threads());
        sh.printf("%-20s %d\n", "NUMA cell(s):", i.nodes());
        sh.printf("%-20s %d KiB\n", "Memory size:", i.memory());
        return true;
    }
}
