package org.jvirt.virsh.storage;

import org.jvirt.StoragePool;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** vol-pool KEY-OR-PATH [--uuid]. */
public final class VolPoolCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        StoragePool pool = Pools.vol(sh, cmd, "vol", null).getPool();
        sh.print((cmd.has("uuid") ? pool.getUUIDString() : pool.getName()) + "\n");
        return true;
    }
}
