package org.jvirt.virsh;

import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** vsh's option-relation checks (VSH_EXCLUSIVE_OPTIONS, VSH_REQUIRE_OPTION) and the impact flags. */
public final class Opts {

    private Opts() {
    }

    public static void exclusive(Invocation cmd, String a, String b) {
        if (cmd.has(a) && cmd.has(b)) {
            throw new OptionException("Options --" + a + " and --" + b + " are mutually exclusive");
        }
    }

    /** The snapshot and checkpoint lists: a --tree shows the whole forest, so no filter may narrow it. */
    public static void notWithTree(Invocation cmd, String... filters) {
        for (String f : filters) {
            if (cmd.has(f) && cmd.has("tree")) {
                throw new OptionException("--" + f + " and --tree are mutually exclusive");
            }
        }
    }

    /** VSH_REQUIRE_OPTION: option {@code a} needs option {@code b}. */
    public static void require(Invocation cmd, String a, String b) {
        if (cmd.has(a) && !cmd.has(b)) {
            throw new OptionException("Option --" + b + " is required by option --" + a);
        }
    }

    /**
     * The usual --current/--live/--config triple: current excludes the others; the result is the
     * virDomainModificationImpact bits (LIVE 1, CONFIG 2). {@code persistent} (device commands) adds CONFIG
     * when the domain is active, which the caller decides.
     */
    public static int impact(Invocation cmd) {
        exclusive(cmd, "current", "live");
        exclusive(cmd, "current", "config");
        int flags = 0;
        if (cmd.has("live")) {
            flags |= 1;
        }
        if (cmd.has("config")) {
            flags |= 2;
        }
        return flags;
    }

    /** "%.1lfs" of nanoseconds, as dominfo/vcpuinfo print CPU time. */
    public static String seconds(long nanos) {
        return String.format("%.1fs", nanos / 1_000_000_000.0);
    }

    /** C's printf of NaN is "-nan" or "nan"; glibc prints "-nan" for 0.0/0.0. */
    public static String percent(double v) {
        return Double.isNaN(v) ? String.format("%5s", "-nan") : String.format("%5.1f", v);
    }
}
