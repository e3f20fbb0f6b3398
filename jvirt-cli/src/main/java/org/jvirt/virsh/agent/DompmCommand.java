package org.jvirt.virsh.agent;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** dompmsuspend DOMAIN TARGET [--duration S] and dompmwakeup DOMAIN (guest power management). */
public final class DompmCommand implements Command {

    private static final List<String> TARGETS = List.of("mem", "disk", "hybrid");
    private final boolean suspend;

    public DompmCommand(boolean suspend) {
        this.suspend = suspend;
    }

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String name = dom.getName();
        try {
            if (suspend) {
                long duration = 0;
                String d = cmd.raw("duration");
                if (d != null) {
                    try {
                        duration = Long.parseUnsignedLong(d.strip().startsWith("+") ? d.strip().substring(1) : d.strip());
                    } catch (NumberFormatException e) {
                        throw new OptionException("Numeric value '" + d + "' for <duration> option is malformed or out of range");
                    }
                }
                int target = TARGETS.indexOf(cmd.string("target"));
                if (target < 0) {
                    sh.error("Invalid target");
                    return false;
                }
                dom.pmSuspendForDuration(target, duration, 0);
                sh.printExtra("Domain '" + name + "' successfully suspended");
            } else {
                dom.pmWakeup(0);
                sh.printExtra("Domain '" + name + "' successfully woken up");
            }
        } catch (VirtException e) {
            throw sh.fail("Domain '" + name + "' could not be " + (suspend ? "suspended" : "woken up"), e);
        }
        return true;
    }
}
