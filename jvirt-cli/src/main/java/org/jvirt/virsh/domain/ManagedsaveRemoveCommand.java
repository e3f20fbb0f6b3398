package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

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
            sh.print("Domain '" + name + "' has no manage save image; removal skipped\n");
            return true;
        }
        try {
            dom.managedSaveRemove(0);
        } catch (VirtException e) {
            throw sh.fail("Failed to remove managed save image for domain '" + name + "'", e);
        }
        sh.print("Removed managedsave image for domain '" + name + "'\n");
        return true;
    }
}
