package org.jvirt.virsh.domain;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * emulatorpin DOMAIN [--cpulist LIST] [--config] [--live] [--current]: without a list, the emulator threads' CPUs
 * (AFFECT_CURRENT unless told); with one, pins them (AFFECT_LIVE unless told), as virsh's cmdEmulatorPin.
 */
public final class EmulatorpinCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = Opts.impact(cmd);
        boolean told = cmd.has("live") || cmd.has("config") || cmd.has("current");
        org.jvirt.Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String list = cmd.string("cpulist");
        int maxcpu = CpuList.maxcpu(sh.conn());
        if (list == null) {
            boolean[] pin = dom.getEmulatorPinInfo(flags);
            sh.printExtra("emulator: CPU Affinity\n");
            sh.printExtra("----------------------------------\n");
            sh.printExtra("       *: ");
            sh.print(CpuList.format(CpuList.fit(pin, maxcpu)));
            sh.print("\n");
            return true;
        }
        boolean[] map = CpuList.parse(sh, list, maxcpu);
        if (map == null) {
            return false;
        }
        dom.pinEmulator(map, told ? flags : 1);
        return true;
    }
}
