package org.jvirt.virsh.guest;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** cpu-stats DOMAIN [--total] [--start N] [--count N]: per-CPU and total CPU time. */
public final class CpuStatsCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        boolean showTotal = cmd.has("total");
        boolean showPerCpu = false;
        int start = 0;
        int count = -1;
        if (cmd.has("start")) {
            start = cmd.intOpt("start", 0);
            if (start < 0) {
                sh.error("Invalid value for start CPU");
                return false;
            }
            showPerCpu = true;
        }
        if (cmd.has("count")) {
            count = cmd.intOpt("count", 0);
            if (count < 0) {
                sh.error("Invalid value for number of CPUs to show");
                return false;
            }
            showPerCpu = true;
        }
        if (!showTotal && !showPerCpu) {
            showTotal = true;
            showPerCpu = true;
        }
        try {
            if (showPerCpu) {
                int max = dom.getCPUStatsCount(0);
                if (start >= max) {
                    sh.error("Start CPU " + start + " is out of range (min: 0, max: " + (max - 1) + ")");
                    return false;
                }
                if (count < 0 || count > max) {
                    if (count > max) {
                        sh.print("Only " + max + " CPUs available to show\n");
                    }
                    count = max - start;
                }
                List<List<TypedParameter>> cpus = dom.getCPUStats(start, count, 0);
                for (int i = 0; i < cpus.size(); i++) {
                    sh.print("CPU" + (start + i) + ":\n");
                    for (TypedParameter p : cpus.get(i)) {
                        print(sh, p);
                    }
                }
            }
            if (showTotal) {
                List<TypedParameter> total = dom.getCPUStatsTotal(0);
                sh.print("Total:\n");
                for (TypedParameter p : total) {
                    print(sh, p);
                }
            }
        } catch (VirtException e) {
            throw sh.fail("Failed to retrieve CPU statistics for domain '" + dom.getName() + "'", e);
        }
        return true;
    }

    private static void print(Shell sh, TypedParameter p) {
        if (p instanceof TypedParameter.ULLong u && p.field().endsWith("_time")) {
            long v = u.value();
            sh.printf("\t%-12s %9d.%09d seconds\n", p.field(), Long.divideUnsigned(v, 1_000_000_000L),
                    Long.remainderUnsigned(v, 1_000_000_000L));
        } else {
            sh.printf("\t%-12s %s\n", p.field(), p.valueString());
        }
    }
}
