package org.jvirt.virsh.tune;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.Dom;
import org.jvirt.virsh.vsh.Invocation;

/** set-lifecycle-action TYPE ACTION: what the domain does on poweroff, reboot or crash. */
public final class SetLifecycleActionCommand implements Command {

    private static final List<String> TYPES = List.of("poweroff", "reboot", "crash");
    private static final List<String> ACTIONS = List.of("destroy", "restart", "rename-restart", "preserve",
            "coredump-destroy", "coredump-restart");

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        // virsh checks the impact options, then both words, before it looks the domain up
        org.jvirt.virsh.Opts.impact(cmd);
        String type = cmd.string("type");
        if (!TYPES.contains(type)) {
            sh.error("Invalid lifecycle type '" + type + "'.");
            return false;
        }
        String action = cmd.string("action");
        if (!ACTIONS.contains(action)) {
            sh.error("Invalid lifecycle action '" + action + "'.");
            return false;
        }
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        String type = cmd.string("type");
        String action = cmd.string("action");
        int t = TYPES.indexOf(type);
        int a = ACTIONS.indexOf(action);
        try {
            dom.setLifecycleAction(t, a, flags);
        } catch (VirtException e) {
            throw sh.fail("Unable to change lifecycle action.", e);
        }
        return true;
    }
}
