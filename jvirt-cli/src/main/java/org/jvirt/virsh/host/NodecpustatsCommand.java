package org.jvirt.virsh.host;

import java.util.Map;
import org.jvirt.NodeCPUStats;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodecpustats [--cpu N] [--percent]: raw counters, or shares over one second. */
public final class NodecpustatsCommand implements Command {

    private static final String[] LABELS = {"user:", "system:", "idle:", "iowait:", "usage:"};

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int cpu = cmd.intOpt("cpu", -1); // -1 (all CPUs) may be given; other negatives are the API's to refuse
        long[][] s = new long[2][5];
        boolean[] present = new boolean[5];
        int samples = cmd.has("percent") ? 2 : 1;
        for (int i = 0; i < samples; i++) {
            NodeCPUStats st;
            try {
                st = sh.conn().nodeGetCPUStats(cpu, 0);
            } catch (VirtException e) {
                // virsh first asks how many counters there are; only the public layer's cpuNum check and a missing
                // driver entry fail that call (the test and QEMU drivers count before they look at cpuNum)
                boolean countCall = i == 0 && (cpu < -1 || e.code() == ErrorCode.NO_SUPPORT);
                throw sh.fail(countCall ? "Unable to get number of cpu stats" : "Unable to get node cpu stats", e);
            }
            for (Map.Entry<String, Long> en : st.values().entrySet()) {
                int k = switch (en.getKey()) {
                    case "user" -> 0;
                    case "kernel", "system" -> 1;
                    case "idle" -> 2;
                    case "iowait" -> 3;
                    case "utilization" -> 4;
                    default -> -1;
                };
                if (k >= 0) {
                    s[i][k] = en.getValue();
                    present[k] = true;
                }
            }
            if (i == 0 && samples == 2) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        if (samples == 1) {
            for (int k = 0; k < 4; k++) {
                if (present[k]) {
                    sh.printf("%-15s %20d\n", LABELS[k], s[0][k]);
                }
            }
            return true;
        }
        if (present[4]) {
            sh.printf("%-15s %s%%\n", "usage:", Opts.percent(s[1][4]));
            sh.printf("%-15s %s%%\n", "idle:", Opts.percent(100 - s[1][4]));
            return true;
        }
        double user = s[1][0] - s[0][0];
        double sys = s[1][1] - s[0][1];
        double idle = s[1][2] - s[0][2];
        double io = s[1][3] - s[0][3];
        double total = user + sys + idle + io;
        sh.printf("%-15s %s%%\n", "usage:", Opts.percent((user + sys) / total * 100));
        sh.printf("%-15s %s%%\n", "user:", Opts.percent(user / total * 100));
        sh.printf("%-15s %s%%\n", "system:", Opts.percent(sys / total * 100));
        sh.printf("%-15s %s%%\n", "idle:", Opts.percent(idle / total * 100));
        sh.printf("%-15s %s%%\n", "iowait:", Opts.percent(io / total * 100));
        return true;
    }
}
