package org.jvirt.virsh.guest;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** inject-nmi DOMAIN: a non-maskable interrupt to the guest. */
public final class InjectNmiCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        dom.injectNMI(0);
        return true;
    }
}
