package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.DomainJobInfo;
import org.jvirt.DomainJobStats;
import org.jvirt.TypedParameter;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * domjobinfo [--completed [--keep-completed]] [--anystats] [--rawstats]: virDomainGetJobStats, falling back to
 * virDomainGetJobInfo when the driver lacks it (then no flags and no --rawstats), as virsh does.
 */
public final class DomjobinfoCommand implements Command {

    private static final String[] TYPES = {"None", "Bounded", "Unbounded", "Completed", "Failed", "Cancelled"};

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        boolean rawstats = cmd.has("rawstats");
        Opts.require(cmd, "keep-completed", "completed");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        int flags = (cmd.has("completed") ? 1 : 0) | (cmd.has("keep-completed") ? 2 : 0);
        DomainJobStats stats = null;
        DomainJobInfo info;
        try {
            stats = dom.getJobStats(flags);
            info = fromStats(stats);
        } catch (VirtException e) {
            if (e.code() != ErrorCode.NO_SUPPORT) {
                throw e;
            }
            if (flags != 0 || rawstats) {
                // the libvirt error stays set and is reported after virsh's own message
                throw sh.fail("Optional flags or --rawstats are not supported by the daemon", e);
            }
            info = dom.getJobInfo();
        }
        StringBuilder out = new StringBuilder();
        if (rawstats) {
            out.append("Job type: ").append(info.type()).append("\n\n");
            for (TypedParameter p : stats.params()) {
                out.append(p.field()).append(": ").append(raw(p)).append('\n');
            }
            sh.print(out.toString());
            return true;
        }
        String type = info.type() >= 0 && info.type() < TYPES.length ? TYPES[info.type()] : "unknown";
        out.append(String.format("%-17s %-12s\n", "Job type:", type));
        if (info.type() == 0 && !cmd.has("anystats")) {
            sh.print(out.toString());
            return true;
        }
        out.append(String.format("%-17s %-12d ms\n", "Time elapsed:", info.timeElapsed()));
        if (info.type() == 1) {
            out.append(String.format("%-17s %-12d ms\n", "Time remaining:", info.timeRemaining()));
        }
        sizes(out, "Data", info.dataProcessed(), info.dataRemaining(), info.dataTotal());
        sizes(out, "Memory", info.memProcessed(), info.memRemaining(), info.memTotal());
        sizes(out, "File", info.fileProcessed(), info.fileRemaining(), info.fileTotal());
        sh.print(out.toString());
        return true;
    }

    private static void sizes(StringBuilder out, String what, long processed, long remaining, long total) {
        if (total == 0 && remaining == 0 && processed == 0) {
            return;
        }
        out.append(String.format("%-17s %s\n", what + " processed:", capacity(processed)));
        out.append(String.format("%-17s %s\n", what + " remaining:", capacity(remaining)));
        out.append(String.format("%-17s %s\n", what + " total:", capacity(total)));
    }

    /** vshPrettyCapacity printed with "%-.3lf %s". */
    private static String capacity(long bytes) {
        double v = bytes < 0 ? bytes + 0x1p64 : bytes;
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        while (u < units.length - 1 && v >= Math.pow(1024, u + 1)) {
            u++;
        }
        return String.format("%.3f %s", v / Math.pow(1024, u), units[u]);
    }

    /** virshDomainJobStatsToDomainJobInfo. */
    private static DomainJobInfo fromStats(DomainJobStats s) {
        long[] v = new long[11];
        String[] names = {"time_elapsed", "time_remaining", "data_total", "data_processed", "data_remaining",
            "memory_total", "memory_processed", "memory_remaining", "disk_total", "disk_processed", "disk_remaining"};
        for (TypedParameter p : s.params()) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(p.field()) && p instanceof TypedParameter.ULLong u) {
                    v[i] = u.value();
                }
            }
        }
        return new DomainJobInfo(s.type(), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }

    /** virTypedParameterToString. */
    private static String raw(TypedParameter p) {
        return switch (p) {
            case TypedParameter.Int i -> Integer.toString(i.value());
            case TypedParameter.UInt u -> Long.toString(u.value());
            case TypedParameter.LLong l -> Long.toString(l.value());
            case TypedParameter.ULLong u -> Long.toUnsignedString(u.value());
            case TypedParameter.Double d -> String.format("%f", d.value());
            case TypedParameter.Boolean b -> b.value() ? "1" : "0";
            case TypedParameter.Str s -> s.value();
        };
    }
}
