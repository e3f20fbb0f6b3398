package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** schedinfo [--set name=value]... [--weight N] [--cap N] [--current|--live|--config]. */
public final class SchedinfoCommand implements Command {

    private static final int TYPED_PARAM_STRING_OKAY = 4;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, wireFlags(cmd, flags)));
    }

    /**
     * virsh uses the flag-less calls unless --current, --live or --config is given; then it adds
     * VIR_TYPED_PARAM_STRING_OKAY, and --live with --config ends up as the current definition.
     */
    private static int wireFlags(Invocation cmd, int impact) {
        if (!cmd.has("current") && !cmd.has("live") && !cmd.has("config")) {
            return 0;
        }
        return TYPED_PARAM_STRING_OKAY | (impact == 3 ? 0 : impact);
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
            set.add(Sched.convert(params, "weight", cmd.raw("weight")));
        }
        if (cmd.has("cap")) {
            set.add(Sched.convert(params, "cap", cmd.raw("cap")));
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
