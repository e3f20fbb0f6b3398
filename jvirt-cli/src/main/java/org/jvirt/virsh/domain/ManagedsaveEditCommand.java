package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Editor;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** managedsave-edit DOMAIN [--running|--paused]. */
public final class ManagedsaveEditCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "running", "paused");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        int flags = Images.stateFlags(cmd);
        String xml = dom.managedSaveGetXMLDesc(1);
        Editor.Define define = (text, validate) -> {
            if (text != null) {
                dom.managedSaveDefineXML(text, flags);
            }
            return dom.getName();
        };
        return Editor.edit(sh, xml, false, define,
                "Managed save image of domain '%s' XML configuration not changed.\n",
                "Managed save image of Domain '%s' XML configuration edited.\n");
    }
}
