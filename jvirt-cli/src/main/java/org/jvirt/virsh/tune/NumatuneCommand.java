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

/** numatune [--mode MODE] [--nodeset SET]: show or set the memory NUMA policy. */
public final class NumatuneCommand implements Command {

    private static final List<String> MODES = List.of("strict", "preferred", "interleave", "restrictive");

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        List<TypedParameter> set = new ArrayList<>();
        String mode = cmd.string("mode");
        if (mode != null) {
            int m = MODES.indexOf(mode);
            if (m < 0) {
                try {
                    m = Integer.parseInt(mode);
                } catch (NumberFormatException e) {
                    sh.error("Invalid mode: " + mode);
                    return false;
                }
            }
            set.add(new TypedParameter.Int("numa_mode", m));
        }
        String nodeset = cmd.string("nodeset");
        if (nodeset != null) {
            set.add(new TypedParameter.Str("numa_nodeset", nodeset));
        }
        if (set.isEmpty()) {
            List<TypedParameter> params;
            try {
                params = dom.getNumaParameters(flags);
            } catch (VirtException e) {
                throw sh.fail("Unable to get numa parameters", e);
            }
            for (TypedParameter p : params) {
                String v = p instanceof TypedParameter.Int i && p.field().equals("numa_mode")
                        && i.value() >= 0 && i.value() < MODES.size() ? MODES.get(i.value()) : p.valueString();
                sh.printf("%-15s: %s\n", p.field(), v);
            }
            return true;
        }
        try {
            dom.setNumaParameters(set, flags);
        } catch (VirtException e) {
            throw sh.fail("Unable to change numa parameters", e);
        }
        return true;
    }
}
