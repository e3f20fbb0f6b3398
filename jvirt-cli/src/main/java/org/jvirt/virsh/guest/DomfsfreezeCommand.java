package org.jvirt.virsh.guest;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** domfsfreeze DOMAIN [MOUNTPOINT]... and domfsthaw (the same shape). */
public final class DomfsfreezeCommand implements Command {

    private final boolean freeze;

    public DomfsfreezeCommand(boolean freeze) {
        this.freeze = freeze;
    }

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        int n;
        try {
            n = freeze ? dom.fsFreeze(cmd.argv(), 0) : dom.fsThaw(cmd.argv(), 0);
        } catch (VirtException e) {
            throw sh.fail(freeze ? "Unable to freeze filesystems" : "Unable to thaw filesystems", e);
        }
        sh.printExtra((freeze ? "Froze " : "Thawed ") + n + " filesystem(s)\n");
        return true;
    }
}
