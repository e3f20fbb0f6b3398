package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** vcpucount [--maximum] [--active] [--live] [--config] [--current] [--guest]: one number, or the table of all four. */
public final class VcpucountCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        // virsh 9.0 lets --current go with --live or --config (it then means the flag given)
        Opts.exclusive(cmd, "live", "config");
        Opts.exclusive(cmd, "active", "maximum");
        Opts.exclusive(cmd, "guest", "config");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        boolean max = cmd.has("maximum");
        boolean active = cmd.has("active");
        boolean live = cmd.has("live");
        boolean config = cmd.has("config");
        boolean current = cmd.has("current");
        boolean guest = cmd.has("guest");
        boolean all = !max && !active && !live && !config && !current && !guest;
        if (all) {
            boolean running = dom.isActive();
            // virshCPUCountCollect's state check: a transient domain has no config rows
            boolean persistent = dom.isPersistent();
            String[][] rows = {{"maximum", "config"}, {"maximum", "live"}, {"current", "config"}, {"current", "live"}};
            int[] fl = {4 | 2, 4 | 1, 2, 1};
            for (int i = 0; i < rows.length; i++) {
                if (!running && rows[i][1].equals("live") || !persistent && rows[i][1].equals("config")) {
                    continue;
                }
                sh.printf("%-12s %-12s %3d\n", rows[i][0], rows[i][1], dom.getVcpus(fl[i]));
            }
            return true;
        }
        int flags = (max ? 4 : 0) | (live ? 1 : 0) | (config ? 2 : 0) | (guest ? 8 : 0);
        int count;
        try {
            count = dom.getVcpus(flags);
        } catch (VirtException e) {
            if (guest) {
                throw sh.fail("Failed to retrieve vCPU count from the guest", e);
            }
            throw e;
        }
        sh.print(count + "\n");
        return true;
    }
}
