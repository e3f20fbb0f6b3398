package org.jvirt.virsh.domain;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.TypedParameter;
import org.jvirt.virsh.Shell;

/**
 * domblkstat's output of virDomainBlockStatsFlags (virsh's domblkstat_output table): the known counters first in
 * a fixed order under their legacy or human names, then any other parameter under its own field name.
 */
final class DomblkstatParams {

    /** field, legacy name (null: the field itself), human label. */
    private static final String[][] KNOWN = {
        {"rd_operations", "rd_req", "number of read operations:"},
        {"rd_bytes", "rd_bytes", "number of bytes read:"},
        {"wr_operations", "wr_req", "number of write operations:"},
        {"wr_bytes", "wr_bytes", "number of bytes written:"},
        {"errs", "errs", "error count:"},
        {"flush_operations", null, "number of flush operations:"},
        {"rd_total_times", null, "total duration of reads (ns):"},
        {"wr_total_times", null, "total duration of writes (ns):"},
        {"flush_total_times", null, "total duration of flushes (ns):"}};

    private DomblkstatParams() {
    }

    static boolean print(Shell sh, String device, boolean human, List<TypedParameter> params) {
        List<TypedParameter> rest = new ArrayList<>(params);
        if (human) {
            sh.print("Device: " + device + "\n");
            device = "";
        }
        for (String[] k : KNOWN) {
            TypedParameter p = rest.stream().filter(x -> x.field().equals(k[0])).findFirst().orElse(null);
            if (p == null) {
                continue;
            }
            rest.remove(p);
            String name = human ? k[2] : (k[1] != null ? k[1] : k[0]);
            sh.printf(human ? "%s %-31s %s\n" : "%s %s %s\n", device, name, value(p));
        }
        for (TypedParameter p : rest) {
            sh.printf("%s %s %s\n", device, p.field(), value(p));
        }
        return true;
    }

    /** virTypedParameterToString. */
    private static String value(TypedParameter p) {
        return switch (p) {
            case TypedParameter.Int i -> Integer.toString(i.value());
            case TypedParameter.UInt u -> Long.toString(u.value());
            case TypedParameter.LLong l -> Long.toString(l.value());
            case TypedParameter.ULLong u -> Long.toUnsignedString(u.value());
            case TypedParameter.Double d -> String.format("%f", d.value());
            case TypedParameter.Boolean b -> b.value() ? "yes" : "no";
            case TypedParameter.Str s -> s.value();
        };
    }
}
