package org.jvirt.virsh.tune;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.Dom;
import org.jvirt.virsh.vsh.Invocation;

/** perf [--enable a,b] [--disable c,d]: list the perf events, or switch some and print those. */
public final class PerfCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        List<TypedParameter> set = new ArrayList<>();
        add(set, cmd.string("enable"), true);
        add(set, cmd.string("disable"), false);
        if (set.isEmpty()) {
            try {
                print(sh, dom.getPerfEvents(flags));
            } catch (VirtException e) {
                throw sh.fail("Unable to get perf events", e);
            }
            return true;
        }
        try {
            dom.setPerfEvents(set, flags);
        } catch (VirtException e) {
            throw sh.fail("Unable to enable/disable perf events", e);
        }
        print(sh, set);
        return true;
    }

    private static void add(List<TypedParameter> set, String list, boolean on) {
        if (list == null) {
            return;
        }
        for (String name : list.split(",")) {
            if (!name.isEmpty()) {
                set.add(new TypedParameter.Boolean(name, on));
            }
        }
    }

    private static void print(Shell sh, List<TypedParameter> params) {
        for (TypedParameter p : params) {
            boolean on = p instanceof TypedParameter.Boolean b && b.value();
            sh.printf("%-15s: %s\n", p.field(), on ? "enabled" : "disabled");
        }
    }
}
