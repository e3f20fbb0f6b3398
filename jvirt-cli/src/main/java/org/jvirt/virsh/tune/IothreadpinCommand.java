package org.jvirt.virsh.tune;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.CpuList;
import org.jvirt.virsh.domain.Dom;
import org.jvirt.virsh.vsh.Invocation;

/** iothreadpin DOMAIN IOTHREAD CPULIST: pin one IOThread. */
public final class IothreadpinCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        int id = cmd.uintOpt("iothread", 0);
        boolean[] map = CpuList.parse(sh, cmd.string("cpulist"), CpuList.maxcpu(sh.conn()));
        if (map == null) {
            return false;
        }
        dom.pinIOThread(id, map, flags);
        return true;
    }
}
