package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** managedsave-remove. */
public final class ManagedsaveRemoveCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String name = cmd.string("domain");
        boolean has;
        try {
            has = dom.hasManagedSaveImage(0);
        } catch (VirtException e) {
            throw sh.fail("Failed to check for domain managed save image", e);
        }
        if (!has) {
            sh.printExtra("Domain '" + name + "' has no manage save image; removal skipped");
            return true;
        }
        try {
            dom.managedSaveRemove(0);
        } catch (VirtException e) {
            throw sh.fail("Failed to remove managed save image for domain '" + name + "'", e);
        }
        sh.printExtra("Removed managedsave image for domain '" + name + "'");
        return true;
    }
}
