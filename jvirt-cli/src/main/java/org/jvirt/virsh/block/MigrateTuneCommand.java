package org.jvirt.virsh.block;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * The migration tuning commands (cmdMigrateSetMaxDowntime, cmdMigrateGetMaxDowntime, cmdMigrateCompCache,
 * cmdMigrateSetMaxSpeed, cmdMigrateGetMaxSpeed, cmdMigratePostCopy), one class with the command's name as the
 * switch: each is one call and one line of output.
 */
public final class MigrateTuneCommand implements Command {

    /** VIR_DOMAIN_MIGRATE_MAX_SPEED_POSTCOPY. */
    private static final int POSTCOPY = 1;

    private final String name;

    public MigrateTuneCommand(String name) {
        this.name = name;
    }

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        int speedFlags = cmd.has("postcopy") ? POSTCOPY : 0;
        switch (name) {
            case "migrate-setmaxdowntime" -> {
                long downtime = cmd.ullongOpt("downtime", 0);
                if (downtime < 1) {
                    sh.error("migrate: Invalid downtime");
                    return false;
                }
                dom.migrateSetMaxDowntime(downtime, 0);
            }
            case "migrate-getmaxdowntime" -> sh.print(String.format("%.3f%n",
                    Long.toUnsignedString(dom.migrateGetMaxDowntime(0)).transform(Double::parseDouble) / 1000.0));
            case "migrate-compcache" -> {
                if (cmd.has("size")) {
                    dom.migrateSetCompressionCache(cmd.ullongOpt("size", 0), 0);
                }
                long size = dom.migrateGetCompressionCache(0);
                sh.print(compressionCache(size));
            }
            case "migrate-setspeed" -> dom.migrateSetMaxSpeed(BlockNumbers.ulwrap(cmd, "bandwidth", 0), speedFlags);
            case "migrate-getspeed" -> sh.print(Long.toUnsignedString(dom.migrateGetMaxSpeed(speedFlags)) + "\n");
            case "migrate-postcopy" -> dom.migrateStartPostCopy(0);
            default -> throw new IllegalStateException(name);
        }
        return true;
    }

    /** "Compression cache: %.3lf %s" with vshPrettyCapacity's unit. */
    private static String compressionCache(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double v = Long.toUnsignedString(bytes).transform(Double::parseDouble);
        int u = 0;
        while (u < units.length - 1 && v >= 1024 && bytes != 0) {
            if (Long.compareUnsigned(bytes, 1L << (10 * (u + 1))) < 0) {
                break;
            }
            u++;
        }
        return String.format("Compression cache: %.3f %s%n", v / Math.pow(1024, u), units[u]);
    }
}
