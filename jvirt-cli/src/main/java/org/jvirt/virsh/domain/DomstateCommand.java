package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.DomainStateReason;
import org.jvirt.StateReasons;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.DomainStates;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** domstate [--reason]. */
public final class DomstateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        DomainStateReason s = dom.getState(0);
        if (cmd.has("reason")) {
            sh.print(DomainStates.name(s.state()) + " (" + StateReasons.name(s.state(), s.reason()) + ")\n");
        } else {
            sh.print(DomainStates.name(s.state()) + "\n");
        }
        return true;
    }
}
