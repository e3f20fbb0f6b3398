package org.jvirt.virsh.tune;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.Dom;
import org.jvirt.virsh.vsh.Invocation;

/** iothreadadd / iothreaddel DOMAIN ID: one IOThread more or less. */
public final class IothreadCommand implements Command {

    private final boolean add;

    public IothreadCommand(boolean add) {
        this.add = add;
    }

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        int id = cmd.intOpt("id", 0);
        if (id <= 0) {
            sh.error("Invalid IOThread id value: '" + id + "'");
            return false;
        }
        if (add) {
            dom.addIOThread(id, flags);
        } else {
            dom.delIOThread(id, flags);
        }
        return true;
    }
}
