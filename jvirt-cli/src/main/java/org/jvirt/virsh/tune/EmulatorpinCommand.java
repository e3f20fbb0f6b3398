package org.jvirt.virsh.tune;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.CpuList;
import org.jvirt.virsh.domain.Dom;
import org.jvirt.virsh.vsh.Invocation;

/** emulatorpin [--cpulist LIST]: show the emulator threads' affinity, or pin them (live by default). */
public final class EmulatorpinCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        String list = cmd.string("cpulist");
        int maxcpu = CpuList.maxcpu(sh.conn());
        if (list == null) {
            boolean[] map = dom.getEmulatorPinInfo(flags);
            sh.printExtra("emulator: CPU Affinity\n");
            sh.printExtra("----------------------------------\n");
            sh.printExtra("       *: ");
            sh.print(CpuList.format(CpuList.fit(map, maxcpu)));
            sh.print("\n");
            return true;
        }
        boolean[] map = CpuList.parse(sh, list, maxcpu);
        if (map == null) {
            return false;
        }
        boolean any = cmd.has("live") || cmd.has("config") || cmd.has("current");
        dom.pinEmulator(map, any ? flags : 1);
        return true;
    }
}
