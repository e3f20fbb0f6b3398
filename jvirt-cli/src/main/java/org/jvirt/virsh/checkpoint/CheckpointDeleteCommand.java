package org.jvirt.virsh.checkpoint;

import org.jvirt.Domain;
import org.jvirt.DomainCheckpoint;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** checkpoint-delete DOMAIN --checkpointname NAME [--children] [--children-only] [--metadata]. */
public final class CheckpointDeleteCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        DomainCheckpoint c = Chk.lookup(cmd, dom);
        int flags = (cmd.has("children") ? 1 : 0) | (cmd.has("metadata") ? 2 : 0) | (cmd.has("children-only") ? 4 : 0);
        try {
            c.delete(flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to delete checkpoint " + c.getName(), e);
        }
        sh.printExtra(cmd.has("children-only") ? "Domain checkpoint " + c.getName() + " children deleted\n"
                : "Domain checkpoint " + c.getName() + " deleted\n");
        return true;
    }
}
