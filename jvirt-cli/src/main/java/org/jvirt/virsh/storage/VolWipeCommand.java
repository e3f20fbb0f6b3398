package org.jvirt.virsh.storage;

import org.jvirt.StorageVol;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** vol-wipe VOL [--pool P]: the test driver has no wipe, so this reports its NO_SUPPORT. */
public final class VolWipeCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        StorageVol vol = Pools.vol(sh, cmd, "vol", "pool");
        return sh.act(vol, cmd.string("vol"), v -> v.wipe(0), "Vol %s wiped\n", "Failed to wipe vol %s");
    }
}
