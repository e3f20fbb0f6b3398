package org.jvirt.virsh.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jvirt.StoragePool;
import org.jvirt.StoragePoolInfo;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.Table;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** pool-list: table, --details table, or names / uuids; filters by state, persistence, autostart and type. */
public final class PoolListCommand implements Command {

    private static final String[] TYPES = {"dir", "fs", "netfs", "logical", "disk", "iscsi", "scsi", "mpath", "rbd",
        "sheepdog", "gluster", "zfs", "vstorage", "iscsi-direct"};

    private static final Comparator<StoragePool> BY_NAME = new Comparator<>() {
        @Override
        public int compare(StoragePool a, StoragePool b) {
            return a.getName().compareTo(b.getName());
        }
    };

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "all", "inactive");
        Opts.exclusive(cmd, "details", "uuid");
        Opts.exclusive(cmd, "details", "name");
        int flags = 0;
        if (cmd.has("inactive")) {
            flags |= 1;
        }
        if (cmd.has("all")) {
            flags |= 1 | 2;
        }
        if ((flags & 3) == 0) {
            flags |= 2;
        }
        flags |= (cmd.has("persistent") ? 4 : 0) | (cmd.has("transient") ? 8 : 0)
                | (cmd.has("autostart") ? 16 : 0) | (cmd.has("no-autostart") ? 32 : 0);
        String type = cmd.string("type");
        if (type != null) {
            for (String t : type.split(",")) {
                int i = java.util.Arrays.asList(TYPES).indexOf(t);
                if (i < 0) {
                    throw new OptionException("Invalid pool type '" + t + "'");
                }
                flags |= 64 << i;
            }
        }
        boolean details = cmd.has("details");
        boolean name = cmd.has("name");
        boolean uuid = cmd.has("uuid");
        List<StoragePool> pools;
        try {
            pools = new ArrayList<>(sh.conn().listAllStoragePools(flags));
        } catch (VirtException e) {
            throw sh.fail("Failed to list pools", e);
        }
        pools.sort(BY_NAME);
        if (name || uuid) {
            StringBuilder b = new StringBuilder();
            for (StoragePool p : pools) {
                // virsh pads the name column to 20 even when it is the only one
                if (uuid) {
                    b.append(p.getUUIDString());
                }
                if (name) {
                    b.append(uuid ? " " : "").append(String.format("%-20s", p.getName()));
                }
                b.append('\n');
            }
            sh.print(b.toString());
            return true;
        }
        Table t = details ? new Table("Name", "State", "Autostart", "Persistent", "Capacity", "Allocation", "Available")
                : new Table("Name", "State", "Autostart");
        for (StoragePool p : pools) {
            StoragePoolInfo info = p.getInfo();
            String autostart = p.isPersistent() ? (p.getAutostart() ? "yes" : "no") : "no";
            if (!details) {
                t.add(p.getName(), info.state() == 2 ? "active" : "inactive", autostart);
                continue;
            }
            boolean running = info.state() == 2 || info.state() == 3;
            t.add(p.getName(), Pools.poolState(info.state()), autostart, p.isPersistent() ? "yes" : "no",
                    running ? Pools.capacity(info.capacity()) : "-", running ? Pools.capacity(info.allocation()) : "-",
                    running ? Pools.capacity(info.available()) : "-");
        }
        t.print(sh);
        return true;
    }
}
