package org.jvirt.virsh.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jvirt.StoragePool;
import org.jvirt.StorageVol;
import org.jvirt.StorageVolInfo;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.Table;
import org.jvirt.virsh.vsh.Invocation;

/** vol-list POOL [--details]: sorted by name. */
public final class VolListCommand implements Command {

    private static final Comparator<StorageVol> BY_NAME = new Comparator<>() {
        @Override
        public int compare(StorageVol a, StorageVol b) {
            return a.getName().compareTo(b.getName());
        }
    };

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        StoragePool pool = Pools.pool(sh, cmd, "pool");
        List<StorageVol> vols;
        try {
            vols = new ArrayList<>(pool.listAllVolumes(0));
        } catch (VirtException e) {
            throw sh.fail("Failed to list volumes", e);
        }
        vols.sort(BY_NAME);
        boolean details = cmd.has("details");
        Table t = details ? new Table("Name", "Path", "Type", "Capacity", "Allocation") : new Table("Name", "Path");
        for (StorageVol v : vols) {
            String path = v.getPath();
            if (!details) {
                t.add(v.getName(), path);
                continue;
            }
            StorageVolInfo info = v.getInfo();
            t.add(v.getName(), path, Pools.volType(info.type()), Pools.capacity(info.capacity()),
                    Pools.capacity(info.allocation()));
        }
        t.print(sh);
        return true;
    }
}
