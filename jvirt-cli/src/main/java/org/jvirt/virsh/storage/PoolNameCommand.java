package org.jvirt.virsh.storage;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-name: the pool given by UUID only. */
public final class PoolNameCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String uuid = cmd.string("pool");
        if (uuid.length() != 36) {
            // virsh looks a pool up by UUID only here: anything else is not even tried
            sh.error("failed to get pool '" + uuid + "'");
            return false;
        }
        try {
            sh.print(sh.conn().storagePoolLookupByUUIDString(uuid).getName() + "\n");
            return true;
        } catch (org.jvirt.error.VirtException e) {
            sh.error("failed to get pool '" + uuid + "'");
            throw e;
        }
    }
}
