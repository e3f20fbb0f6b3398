package org.jvirt.virsh.tune;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** domrename DOMAIN NEW-NAME: an inactive persistent domain gets a new name. */
public final class DomrenameCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        dom.rename(cmd.string("new-name"), 0);
        sh.printExtra("Domain successfully renamed\n");
        return true;
    }
}
