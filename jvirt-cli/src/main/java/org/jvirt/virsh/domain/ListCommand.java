package org.jvirt.virsh.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.DomainState;
import org.jvirt.error.VirtException;
import org.jvirt.flags.ConnectListAllDomainsFlag;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.DomainStates;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.Table;
import org.jvirt.virsh.vsh.Invocation;

/** list: a table of domains (default), or ids/uuids/names one per line. */
public final class ListCommand implements Command {

    /**
     * virshDomainSorter: active domains by id, then inactive ones by name ignoring case. A class, not a
     * Comparator.comparing chain: spinning those lambdas costs a one-shot jvirsh several milliseconds.
     */
    private static final Comparator<Domain> VIRSH_ORDER = new Comparator<>() {
        @Override
        public int compare(Domain a, Domain b) {
            long ia = a.getID() < 0 ? Long.MAX_VALUE : a.getID();
            long ib = b.getID() < 0 ? Long.MAX_VALUE : b.getID();
            return ia != ib ? Long.compare(ia, ib) : String.CASE_INSENSITIVE_ORDER.compare(a.getName(), b.getName());
        }
    };

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        // virsh: active domains by default, inactive ones with --inactive or --state-shutoff, both with --all
        int flags = ConnectListAllDomainsFlag.ACTIVE.value();
        if (cmd.has("inactive") || cmd.has("state-shutoff")) {
            flags = ConnectListAllDomainsFlag.INACTIVE.value();
        }
        if (cmd.has("all")) {
            flags = ConnectListAllDomainsFlag.INACTIVE.value() | ConnectListAllDomainsFlag.ACTIVE.value();
        }
        String[][] filters = {
            {"persistent", "PERSISTENT"}, {"transient", "TRANSIENT"}, {"with-managed-save", "MANAGEDSAVE"},
            {"without-managed-save", "NO_MANAGEDSAVE"}, {"autostart", "AUTOSTART"}, {"no-autostart", "NO_AUTOSTART"},
            {"with-snapshot", "HAS_SNAPSHOT"}, {"without-snapshot", "NO_SNAPSHOT"},
            {"with-checkpoint", "HAS_CHECKPOINT"}, {"without-checkpoint", "NO_CHECKPOINT"},
            {"state-running", "RUNNING"}, {"state-paused", "PAUSED"}, {"state-shutoff", "SHUTOFF"},
            {"state-other", "OTHER"},
        };
        for (String[] f : filters) {
            if (cmd.has(f[0])) {
                flags |= ConnectListAllDomainsFlag.valueOf(f[1]).value();
            }
        }
        Opts.exclusive(cmd, "table", "name");
        Opts.exclusive(cmd, "table", "uuid");
        Opts.exclusive(cmd, "table", "id");
        boolean optUuid = cmd.has("uuid");
        boolean optName = cmd.has("name");
        boolean optId = cmd.has("id");
        boolean table = !optUuid && !optName && !optId;
        boolean title = cmd.has("title");
        boolean managed = cmd.has("managed-save");

        List<Domain> doms;
        try {
            doms = new ArrayList<>(sh.conn().listAllDomains(flags));
        } catch (VirtException e) {
            throw sh.fail("Failed to list domains", e);
        }
        // virshDomainSorter: active ones by id, then inactive ones by name
        doms.sort(VIRSH_ORDER);

        StringBuilder out = new StringBuilder();
        Table t = title ? new Table("Id", "Name", "State", "Title") : new Table("Id", "Name", "State");
        for (Domain d : doms) {
            String id = d.getID() < 0 ? "-" : Integer.toString(d.getID());
            if (table) {
                DomainState st = d.getState(0).state();
                String state = managed && st == DomainState.SHUTOFF && d.hasManagedSaveImage(0)
                        ? "saved" : DomainStates.name(st);
                if (title) {
                    t.add(id, d.getName(), state, DomainStates.description(d, true, 0));
                } else {
                    t.add(id, d.getName(), state);
                }
            } else {
                List<String> parts = new ArrayList<>();
                if (optUuid) {
                    parts.add(d.getUUIDString());
                }
                if (optId) {
                    if (d.getID() < 0 && !optUuid && !optName) {
                        continue; // --id alone lists active domains only
                    }
                    parts.add(id);
                }
                if (optName) {
                    parts.add(d.getName());
                }
                out.append(String.join(" ", parts)).append('\n');
            }
        }
        if (table) {
            t.print(sh);
        } else {
            sh.print(out.toString());
        }
        return true;
    }
}
