package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** dommemstat [--period N] [--config] [--live] [--current]. */
public final class DommemstatCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        if (cmd.has("period")) {
            int period = cmd.intOpt("period", 0);
            if (period < 0) {
                throw new OptionException("Invalid collection period value '" + period + "'");
            }
            try {
                dom.setMemoryStatsPeriod(period, flags);
            } catch (VirtException e) {
                throw sh.fail("Unable to change balloon collection period.", e);
            }
            return true;
        }
        List<org.jvirt.MemoryStat> stats;
        try {
            stats = dom.memoryStats(13, 0);
        } catch (VirtException e) {
            throw sh.fail("Failed to get memory statistics for domain " + cmd.string("domain"), e);
        }
        for (org.jvirt.MemoryStat m : stats) {
            sh.print(m.name() + " " + m.value() + "\n");
        }
        return true;
    }
}
