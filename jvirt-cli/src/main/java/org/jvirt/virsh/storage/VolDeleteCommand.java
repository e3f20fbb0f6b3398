package org.jvirt.virsh.storage;

import org.jvirt.StorageVol;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** vol-delete VOL [--pool P] [--delete-snapshots] (VIR_STORAGE_VOL_DELETE_WITH_SNAPSHOTS). */
public final class VolDeleteCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        StorageVol vol = Pools.vol(sh, cmd, "vol", "pool");
        String name = cmd.string("vol");
        return sh.act(vol, name, v -> v.delete(cmd.has("delete-snapshots") ? 2 : 0), "Vol %s deleted\n", "Failed to delete vol %s");
    }
}
