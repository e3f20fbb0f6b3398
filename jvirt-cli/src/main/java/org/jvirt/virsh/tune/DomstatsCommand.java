package org.jvirt.virsh.tune;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.DomainStatsRecord;
import org.jvirt.TypedParameter;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** domstats [--GROUP]... [--list-FILTER]... [--raw] [--enforce] [--backing] [--nowait] [DOMAIN]...: bulk statistics. */
public final class DomstatsCommand implements Command {

    /** VIR_DOMAIN_STATS_* by option, in bit order. */
    private static final String[] GROUPS = {"state", "cpu-total", "balloon", "vcpu", "interface", "block", "perf",
        "iothread", "memory", "dirtyrate", "vm"};
    /** VIR_CONNECT_GET_ALL_DOMAINS_STATS_* list filters, in bit order. */
    private static final String[] FILTERS = {"list-active", "list-inactive", "list-persistent", "list-transient",
        "list-running", "list-paused", "list-shutoff", "list-other"};

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int stats = 0;
        for (int i = 0; i < GROUPS.length; i++) {
            if (cmd.has(GROUPS[i])) {
                stats |= 1 << i;
            }
        }
        int flags = 0;
        for (int i = 0; i < FILTERS.length; i++) {
            if (cmd.has(FILTERS[i])) {
                flags |= 1 << i;
            }
        }
        if (cmd.has("nowait")) {
            flags |= 1 << 29;
        }
        if (cmd.has("backing")) {
            flags |= 1 << 30;
        }
        if (cmd.has("enforce")) {
            flags |= 1 << 31;
        }
        List<DomainStatsRecord> records;
        if (!cmd.argv().isEmpty()) {
            List<Domain> doms = new ArrayList<>();
            for (String name : cmd.argv()) {
                Domain d = sh.lookupDomain(name, Shell.BY_ID | Shell.BY_UUID | Shell.BY_NAME);
                if (d == null) {
                    return false;
                }
                doms.add(d);
            }
            records = sh.conn().domainListGetStats(doms, stats, flags);
        } else {
            records = sh.conn().getAllDomainStats(stats, flags);
        }
        boolean first = true;
        for (DomainStatsRecord r : records) {
            if (!first) {
                sh.print("\n"); // virsh separates the records; the shell adds the last newline
            }
            first = false;
            sh.print("Domain: '" + r.dom().name() + "'\n");
            for (TypedParameter p : r.params()) {
                sh.print("  " + p.field() + "=" + p.valueString() + "\n");
            }
        }
        return true;
    }
}
