package org.jvirt.virsh.storage;

import org.jvirt.StoragePool;
import org.jvirt.StoragePoolInfo;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-info [--bytes]: "%-15s %s" lines; sizes only for running pools. */
public final class PoolInfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        StoragePool pool = Pools.pool(sh, cmd, "pool");
        boolean bytes = cmd.has("bytes");
        sh.printf("%-15s %s\n", "Name:", pool.getName());
        sh.printf("%-15s %s\n", "UUID:", pool.getUUIDString());
        StoragePoolInfo info;
        try {
            info = pool.getInfo();
        } catch (VirtException e) {
            throw e;
        }
        sh.printf("%-15s %s\n", "State:", Pools.poolState(info.state()));
        sh.printf("%-15s %s\n", "Persistent:", pool.isPersistent() ? "yes" : "no");
        sh.printf("%-15s %s\n", "Autostart:", pool.getAutostart() ? "yes" : "no");
        if (info.state() == 2 || info.state() == 3) {
            sh.printf("%-15s %s\n", "Capacity:", size(info.capacity(), bytes));
            sh.printf("%-15s %s\n", "Allocation:", size(info.allocation(), bytes));
            sh.printf("%-15s %s\n", "Available:", size(info.available(), bytes));
        }
        return true;
    }

    private static String size(long v, boolean bytes) {
        return bytes ? Long.toUnsignedString(v) : Pools.capacity(v);
    }
}
