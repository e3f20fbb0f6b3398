package org.jvirt.virsh.snapshot;

import org.jvirt.Domain;
import org.jvirt.DomainSnapshot;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** snapshot-delete (--snapshotname NAME | --current) [--children] [--children-only] [--metadata]. */
public final class SnapshotDeleteCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Snap.exclusiveCurrent(cmd);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        DomainSnapshot s = Snap.lookup(sh, cmd, dom);
        int flags = (cmd.has("children") ? 1 : 0) | (cmd.has("metadata") ? 2 : 0) | (cmd.has("children-only") ? 4 : 0);
        try {
            s.delete(flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to delete snapshot " + s.getName(), e);
        }
        sh.printExtra(cmd.has("children-only") ? "Domain snapshot " + s.getName() + " children deleted\n"
                : "Domain snapshot " + s.getName() + " deleted\n");
        return true;
    }
}
