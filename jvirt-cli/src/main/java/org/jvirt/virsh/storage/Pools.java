package org.jvirt.virsh.storage;

import java.util.Locale;
import java.util.function.Consumer;
import org.jvirt.StoragePool;
import org.jvirt.StorageVol;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** Lookups and formats shared by the pool and volume commands (virsh-pool.c, virsh-volume.c). */
final class Pools {

    private Pools() {
    }

    /** virshCommandOptPoolBy: by UUID (36 chars), then name; "failed to get pool 'x'" then the libvirt error. */
    static StoragePool pool(Shell sh, Invocation cmd, String opt) {
        String name = cmd.string(opt);
        VirtException last = null;
        if (name.length() == 36) {
            try {
                return sh.conn().storagePoolLookupByUUIDString(name);
            } catch (VirtException e) {
                last = e;
            }
        }
        try {
            return sh.conn().storagePoolLookupByName(name);
        } catch (VirtException e) {
            last = e;
        }
        sh.error("failed to get pool '" + name + "'");
        throw last;
    }

    /**
     * virshCommandOptVolBy: with a pool option, by name in that pool; then by key, then by path. The last
     * lookup's error is reported after "failed to get vol 'x'" (plus a hint when the command has a pool option
     * the user did not give).
     */
    static StorageVol vol(Shell sh, Invocation cmd, String opt, String poolOpt) {
        String name = cmd.string(opt);
        String poolName = poolOpt == null ? null : cmd.string(poolOpt);
        StoragePool pool = null;
        if (poolName != null) {
            pool = pool(sh, cmd, poolOpt);
        }
        VirtException last = null;
        if (pool != null) {
            try {
                return pool.storageVolLookupByName(name);
            } catch (VirtException e) {
                last = e;
            }
        }
        try {
            return sh.conn().storageVolLookupByKey(name);
        } catch (VirtException e) {
            last = e;
        }
        try {
            return sh.conn().storageVolLookupByPath(name);
        } catch (VirtException e) {
            last = e;
        }
        if (pool == null && poolOpt != null) {
            sh.error("failed to get vol '" + name + "', specifying --" + poolOpt + " might help");
        } else {
            sh.error("failed to get vol '" + name + "'");
        }
        throw last;
    }

    /** The act-and-report pattern of the pool commands. */
    static boolean act(Shell sh, Invocation cmd, Consumer<StoragePool> action, String ok, String failed) {
        StoragePool pool = pool(sh, cmd, "pool");
        return sh.act(pool, cmd.string("pool"), action, ok, failed);
    }

    /** vshPrettyCapacity: "%.2f UNIT" in powers of 1024. */
    static String capacity(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double v = bytes < 0 ? (double) Long.toUnsignedString(bytes).length() : bytes;
        v = bytes < 0 ? Double.parseDouble(Long.toUnsignedString(bytes)) : bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.2f %s", v, units[u]);
    }

    static String volType(int type) {
        return switch (type) {
            case 0 -> "file";
            case 1 -> "block";
            case 2 -> "dir";
            case 3 -> "network";
            case 4 -> "netdir";
            case 5 -> "ploop";
            default -> "unknown";
        };
    }

    static String poolState(int state) {
        return switch (state) {
            case 0 -> "inactive";
            case 1 -> "building";
            case 2 -> "running";
            case 3 -> "degraded";
            case 4 -> "inaccessible";
            default -> "unknown";
        };
    }
}
