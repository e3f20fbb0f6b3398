package org.jvirt.virsh.qemu;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * qemu-monitor-command DOMAIN [--hmp] [--pretty] [--return-value] [--pass-fds L] CMD... (cmdQemuMonitorCommand):
 * the words joined into one command; with file descriptors virDomainQemuMonitorCommandWithFiles. The result is
 * printed as the driver returns it (--pretty and --return-value reformatting are not implemented: no jvirt
 * driver passes monitor commands through yet).
 */
public final class QemuMonitorCommandCommand implements Command {

    /** VIR_DOMAIN_QEMU_MONITOR_COMMAND_HMP. */
    private static final int HMP = 1;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "hmp", "pretty");
        Opts.exclusive(cmd, "hmp", "return-value");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        int[] fds = PassFds.of(cmd);
        String monitorCmd = PassFds.words(cmd);
        int flags = cmd.has("hmp") ? HMP : 0;
        String result = fds.length > 0 ? dom.qemuMonitorCommandWithFiles(monitorCmd, fds, flags)
                : dom.qemuMonitorCommand(monitorCmd, flags);
        sh.print(result + "\n");
        return true;
    }
}
