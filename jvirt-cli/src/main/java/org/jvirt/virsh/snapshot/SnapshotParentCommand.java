package org.jvirt.virsh.snapshot;

import org.jvirt.Domain;
import org.jvirt.DomainSnapshot;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** snapshot-parent (--snapshotname NAME | --current). */
public final class SnapshotParentCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Snap.exclusiveCurrent(cmd);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        DomainSnapshot s = Snap.lookup(sh, cmd, dom);
        String parent = Snap.parentName(s);
        if (parent == null) {
            sh.error("snapshot '" + s.getName() + "' has no parent");
            return false;
        }
        sh.print(parent);
        return true;
    }
}
