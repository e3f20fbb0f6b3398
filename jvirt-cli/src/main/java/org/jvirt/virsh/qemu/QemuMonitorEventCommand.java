package org.jvirt.virsh.qemu;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/**
 * qemu-monitor-event [--domain D] [--event E] [--pretty] [--loop] [--timeout S] [--regex] [--no-case]
 * [--timestamp] (cmdQemuMonitorEvent): registers for QMP events. No jvirt driver raises them yet, so the
 * registration is refused before any event could be waited for; waiting and printing are not implemented.
 */
public final class QemuMonitorEventCommand implements Command {

    /** VIR_CONNECT_DOMAIN_QEMU_MONITOR_EVENT_REGISTER_REGEX, _NOCASE. */
    private static final int REGEX = 1;
    private static final int NOCASE = 2;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        if (cmd.has("timeout") && cmd.intOpt("timeout", 0) < 1) {
            throw new OptionException("Numeric value '" + cmd.raw("timeout") + "' for <timeout> option is malformed or out of range");
        }
        Domain dom = null;
        if (cmd.has("domain")) {
            dom = sh.domain(cmd);
            if (dom == null) {
                return false;
            }
        }
        int flags = (cmd.has("regex") ? REGEX : 0) | (cmd.has("no-case") ? NOCASE : 0);
        sh.conn().domainQemuMonitorEventRegister(dom, cmd.string("event"), (d, event, s, us, details) -> { }, flags);
        sh.error("waiting for QEMU monitor events is not implemented");
        return false;
    }
}
