package org.jvirt.virsh.host;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodesuspend TARGET DURATION: mem, disk or hybrid for DURATION seconds. */
public final class NodesuspendCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String target = cmd.string("target");
        long duration = cmd.longOpt("duration", 0);
        int t = switch (target) {
            case "mem" -> 0;
            case "disk" -> 1;
            case "hybrid" -> 2;
            default -> -1;
        };
        if (t < 0) {
            sh.error("Invalid target");
            return false;
        }
        if (duration < 0) {
            sh.error("Invalid duration");
            return false;
        }
        try {
            sh.conn().nodeSuspendForDuration(t, duration, 0);
        } catch (VirtException e) {
            throw sh.fail("The host was not suspended", e);
        }
        return true;
    }
}
