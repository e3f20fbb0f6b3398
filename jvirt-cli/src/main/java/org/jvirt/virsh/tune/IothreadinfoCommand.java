package org.jvirt.virsh.tune;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.DomainIOThreadInfo;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.Table;
import org.jvirt.virsh.domain.CpuList;
import org.jvirt.virsh.domain.Dom;
import org.jvirt.virsh.vsh.Invocation;

/** iothreadinfo DOMAIN: the IOThreads and their CPU affinity. */
public final class IothreadinfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, dom, flags));
    }

    private static boolean run(Shell sh, Domain dom, int flags) {
        List<DomainIOThreadInfo> infos;
        try {
            infos = dom.getIOThreadInfo(flags);
        } catch (VirtException e) {
            throw sh.fail("Unable to get domain IOThreads information", e);
        }
        if (infos.isEmpty()) {
            sh.printExtra("No IOThreads found for the domain");
            return true;
        }
        Table t = new Table("IOThread ID", "CPU Affinity");
        for (DomainIOThreadInfo i : infos) {
            t.add(Integer.toUnsignedString(i.iothreadId()), CpuList.format(i.cpumap()));
        }
        t.print(sh);
        return true;
    }
}
