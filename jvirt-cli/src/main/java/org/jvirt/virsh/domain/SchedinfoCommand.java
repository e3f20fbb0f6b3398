package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** schedinfo [--set name=value]... [--weight N] [--cap N] [--current|--live|--config]. */
public final class SchedinfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        String type = dom.getSchedulerType();
        sh.printf("%-15s: %s\n", "Scheduler", type);
        List<TypedParameter> params = dom.getSchedulerParameters(flags);
        List<TypedParameter> set = new java.util.ArrayList<>();
        for (String a : cmd.argv()) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                sh.error("Invalid syntax for --set, expecting name=value");
                return false;
            }
            set.add(Sched.convert(params, a.substring(0, eq), a.substring(eq + 1)));
        }
        if (cmd.has("weight")) {
            set.add(Sched.convert(params, "weight", Integer.toString(cmd.intOpt("weight", 0))));
        }
        if (cmd.has("cap")) {
            set.add(Sched.convert(params, "cap", Integer.toString(cmd.intOpt("cap", 0))));
        }
        if (!set.isEmpty()) {
            dom.setSchedulerParameters(set, flags);
            params = dom.getSchedulerParameters(flags);
        }
        for (TypedParameter p : params) {
            sh.printf("%-15s: %s\n", p.field(), p.valueString());
        }
        return true;
    }
}
