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
            Long kib = size(v);
            if (kib == null) {
                sh.error("Unable to parse integer parameter " + opt);
                return false;
            }
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

    /** virshMemtuneGetSize: a negative number is unlimited, otherwise a scaled size in KiB (rounded up). */
    private static Long size(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*([+-]?\\d+)(.*)").matcher(s);
        if (!m.matches()) {
            return null;
        }
        long n;
        try {
            n = Long.parseLong(m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (n < 0) {
            return Params.UNLIMITED;
        }
        long scale = switch (m.group(2)) {
            case "" -> 1024L;
            case "b", "B", "bytes" -> 1L;
            case "k", "K", "KiB" -> 1024L;
            case "KB" -> 1000L;
            case "m", "M", "MiB" -> 1024L * 1024;
            case "MB" -> 1000L * 1000;
            case "g", "G", "GiB" -> 1024L * 1024 * 1024;
            case "GB" -> 1000L * 1000 * 1000;
            case "t", "T", "TiB" -> 1024L * 1024 * 1024 * 1024;
            case "TB" -> 1000L * 1000 * 1000 * 1000;
            default -> -1L;
        };
        if (scale < 0 || n > Long.MAX_VALUE / scale) {
            return null;
        }
        long bytes = n * scale;
        return (bytes + 1023) / 1024;
    }
}
