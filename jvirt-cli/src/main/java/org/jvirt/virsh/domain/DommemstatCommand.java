package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.Table;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;
import org.w3c.dom.Element;

/** dommemstat [--period N] [--config] [--live] [--current]. */
public final class DommemstatCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = Opts.impact(cmd);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        if (cmd.has("period")) {
            int period = cmd.intOpt("period", 0);
            if (period < 0) {
                throw new OptionException("Invalid collection period value '" + period + "'");
            }
            throw new OptionException("Unable to change balloon collection period.");
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
