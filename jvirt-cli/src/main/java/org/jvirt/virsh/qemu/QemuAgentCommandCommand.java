package org.jvirt.virsh.qemu;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * qemu-agent-command DOMAIN [--timeout N | --async | --block] [--pretty] CMD... (cmdQemuAgentCommand): the words
 * joined into one guest agent command, sent with the timeout the options choose (libvirt's -1 default, 0 for
 * --async, -2 for --block). The result is printed as the driver returns it.
 */
public final class QemuAgentCommandCommand implements Command {

    private static final int DEFAULT = -1;
    private static final int NOWAIT = 0;
    private static final int BLOCK = -2;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String agentCmd = PassFds.words(cmd);
        int given = (cmd.has("timeout") ? 1 : 0) + (cmd.has("async") ? 1 : 0) + (cmd.has("block") ? 1 : 0);
        int timeout = cmd.intOpt("timeout", DEFAULT);
        if (cmd.has("timeout") && timeout < 1) {
            sh.error("timeout must be positive");
            return false;
        }
        if (given > 1) {
            sh.error("timeout, async and block options are exclusive");
            return false;
        }
        if (cmd.has("async")) {
            timeout = NOWAIT;
        } else if (cmd.has("block")) {
            timeout = BLOCK;
        }
        sh.print(dom.qemuAgentCommand(agentCmd, timeout, 0) + "\n");
        return true;
    }
}
