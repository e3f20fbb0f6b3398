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

/** memtune [--hard-limit N] [--soft-limit N] [--swap-hard-limit N] [--min-guarantee N]: show or set (KiB). */
public final class MemtuneCommand implements Command {

    private static final String[] OPTS = {"hard-limit", "soft-limit", "swap-hard-limit", "min-guarantee"};

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        List<TypedParameter> set = new ArrayList<>();
        for (String opt : OPTS) {
            String v = cmd.string(opt);
            if (v == null) {
                continue;
            }
            long kib = size(opt, v);
            set.add(new TypedParameter.ULLong(opt.replace('-', '_'), kib));
        }
        if (set.isEmpty()) {
            List<TypedParameter> params;
            try {
                params = dom.getMemoryParameters(flags);
            } catch (VirtException e) {
                throw sh.fail("Unable to get number of memory parameters", e);
            }
            for (TypedParameter p : params) {
                String v = p instanceof TypedParameter.ULLong u && Long.compareUnsigned(u.value(), Params.UNLIMITED) >= 0
                        ? "unlimited" : p.valueString();
                sh.printf("%-15s: %s\n", p.field(), v);
            }
            return true;
        }
        try {
            dom.setMemoryParameters(set, flags);
        } catch (VirtException e) {
            throw sh.fail("Unable to change memory parameters", e);
        }
        return true;
    }

    /**
     * virshMemtuneGetSize: a negative number is unlimited, otherwise a scaled size in KiB (rounded up); a bad
     * suffix or an overflow also reports libvirt's own error after virsh's message.
     */
    private static long size(String opt, String s) {
        String bad = "Unable to parse integer parameter " + opt;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*-\\d+.*").matcher(s);
        if (m.matches()) {
            return Params.UNLIMITED;
        }
        long bytes = org.jvirt.virsh.vsh.ScaledInt.parse(s, 1024, Long.MAX_VALUE, bad);
        return (bytes + 1023) / 1024;
    }
}
