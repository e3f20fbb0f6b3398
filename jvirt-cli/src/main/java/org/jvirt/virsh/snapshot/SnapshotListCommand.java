package org.jvirt.virsh.snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.DomainSnapshot;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.MomentTree;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.Table;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** snapshot-list with virsh 9.0's options: filters, --parent, --roots, --tree, --from/--current, --name, --topological. */
public final class SnapshotListCommand implements Command {

    private record Entry(DomainSnapshot snap, String parent) {
    }

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "tree", "name");
        Opts.exclusive(cmd, "parent", "roots");
        Opts.exclusive(cmd, "parent", "tree");
        Opts.exclusive(cmd, "roots", "tree");
        Opts.exclusive(cmd, "roots", "from");
        Opts.exclusive(cmd, "roots", "current");
        Opts.exclusive(cmd, "from", "current");
        Opts.notWithTree(cmd, "leaves", "no-leaves", "inactive", "active", "disk-only", "internal", "external");
        if (cmd.has("descendants") && !cmd.has("from") && !cmd.has("current")) {
            throw new OptionException("--descendants requires either --from or --current");
        }
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        int flags = (cmd.has("leaves") ? 4 : 0) | (cmd.has("no-leaves") ? 8 : 0) | (cmd.has("metadata") ? 2 : 0)
                | (cmd.has("no-metadata") ? 16 : 0) | (cmd.has("inactive") ? 32 : 0) | (cmd.has("active") ? 64 : 0)
                | (cmd.has("disk-only") ? 128 : 0) | (cmd.has("internal") ? 256 : 0) | (cmd.has("external") ? 512 : 0)
                | (cmd.has("topological") ? 1024 : 0);
        boolean tree = cmd.has("tree");
        String fromName = cmd.string("from");
        DomainSnapshot from = null;
        if (fromName != null) {
            from = dom.snapshotLookupByName(fromName, 0);
        } else if (cmd.has("current")) {
            from = dom.snapshotCurrent(0);
        }
        List<DomainSnapshot> snaps;
        if (from != null) {
            int f = flags | (cmd.has("descendants") || tree ? 1 : 0);
            snaps = new ArrayList<>(from.listAllChildren(f));
            if (tree) {
                snaps.add(0, from);
            }
        } else {
            snaps = new ArrayList<>(dom.listAllSnapshots(flags | (cmd.has("roots") ? 1 : 0)));
        }
        List<Entry> entries = new ArrayList<>();
        for (DomainSnapshot s : snaps) {
            entries.add(new Entry(s, tree || cmd.has("parent") ? Snap.parentName(s) : null));
        }
        if (!cmd.has("topological")) {
            entries.sort(Comparator.comparing(e -> e.snap().getName()));
        }
        if (tree) {
            printTree(sh, entries, from);
            return true;
        }
        if (cmd.has("name")) {
            StringBuilder b = new StringBuilder();
            for (Entry e : entries) {
                b.append(e.snap().getName()).append('\n');
            }
            sh.print(b.toString());
            return true;
        }
        Table t = cmd.has("parent") ? new Table("Name", "Creation Time", "State", "Parent")
                : new Table("Name", "Creation Time", "State");
        for (Entry e : entries) {
            String xml = e.snap().getXMLDesc(0);
            String time = Snap.time(Long.parseLong(Snap.field(xml, "creationTime")));
            String state = Snap.field(xml, "state");
            if (cmd.has("parent")) {
                t.add(e.snap().getName(), time, state, e.parent() == null ? "" : e.parent());
            } else {
                t.add(e.snap().getName(), time, state);
            }
        }
        t.print(sh);
        return true;
    }

    /** vshTreePrint over the entries (the shared {@link MomentTree}). */
    private static void printTree(Shell sh, List<Entry> entries, DomainSnapshot from) {
        sh.print(MomentTree.render(entries.stream().map(e -> e.snap().getName()).toList(),
                entries.stream().map(Entry::parent).toList(), from == null ? null : from.getName()));
    }
}
