package org.jvirt.virsh.checkpoint;

import org.jvirt.Domain;
import org.jvirt.DomainCheckpoint;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** checkpoint-parent DOMAIN --checkpointname NAME. */
public final class CheckpointParentCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        DomainCheckpoint c = Chk.lookup(cmd, dom);
        String parent = Chk.parentName(c);
        if (parent == null) {
            sh.error("checkpoint '" + c.getName() + "' has no parent");
            return false;
        }
        sh.print(parent);
        return true;
    }
}
