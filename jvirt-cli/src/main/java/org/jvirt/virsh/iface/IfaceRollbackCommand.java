package org.jvirt.virsh.iface;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** iface-rollback: the host's network configuration change transaction. */
public final class IfaceRollbackCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        try {
            sh.conn().interfaceChangeRollback(0);
        } catch (VirtException e) {
            throw sh.fail("Failed to rollback network config change transaction", e);
        }
        sh.printExtra("Network config change transaction rolled back\n");
        return true;
    }
}
