package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** vcpuinfo [--pretty]: per vCPU, with N/A lines for an inactive domain. */
public final class VcpuinfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        boolean pretty = cmd.has("pretty");
        int maxcpu = CpuList.maxcpu(sh.conn());
        if (!dom.isActive()) {
            int n = dom.getVcpus(2);
            List<boolean[]> pins = dom.getVcpuPinInfo(2);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sh.print("\n"); // virsh separates the blocks; the shell adds the last newline
                }
                sh.printf("%-15s %d\n", "VCPU:", i);
                sh.printf("%-15s %s\n", "CPU:", "N/A");
                sh.printf("%-15s %s\n", "State:", "N/A");
                sh.printf("%-15s %s\n", "CPU time", "N/A");
                sh.printf("%-15s %s\n", "CPU Affinity:", affinity(i < pins.size() ? pins.get(i) : new boolean[0], maxcpu, pretty));
            }
            return true;
        }
        boolean first = true;
        for (org.jvirt.VcpuInfo v : dom.getVcpuInfo()) {
            if (!first) {
                sh.print("\n");
            }
            first = false;
            sh.printf("%-15s %d\n", "VCPU:", v.number());
            sh.printf("%-15s %d\n", "CPU:", v.cpu());
            sh.printf("%-15s %s\n", "State:", switch (v.state()) {
                case 0 -> "offline";
                case 1 -> "running";
                case 2 -> "blocked";
                default -> "no state";
            });
            if (v.cpuTime() != 0) {
                sh.printf("%-15s %s\n", "CPU time:", Opts.seconds(v.cpuTime()));
            }
            sh.printf("%-15s %s\n", "CPU Affinity:", affinity(v.affinity(), maxcpu, pretty));
        }
        return true;
    }

    /** 'y'/'-' per host CPU, or with --pretty a range list ("0-7 (out of 8)"). */
    static String affinity(boolean[] driverMap, int maxcpu, boolean pretty) {
        boolean[] map = CpuList.fit(driverMap, maxcpu);
        if (!pretty) {
            StringBuilder b = new StringBuilder();
            for (boolean x : map) {
                b.append(x ? 'y' : '-');
            }
            return b.toString();
        }
        return CpuList.format(map) + " (out of " + maxcpu + ")";
    }
}
