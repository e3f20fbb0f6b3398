package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** managedsave-dumpxml DOMAIN [--security-info] [--xpath E] [--wrap]. */
public final class ManagedsaveDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String xml = dom.managedSaveGetXMLDesc(cmd.has("security-info") ? 1 : 0);
        sh.print(Images.dump(xml, cmd.string("xpath"), cmd.has("wrap")));
        return true;
    }
}
