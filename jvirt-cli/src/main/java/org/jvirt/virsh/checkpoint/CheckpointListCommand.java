package org.jvirt.virsh.checkpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.DomainCheckpoint;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.MomentTree;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.Table;
import org.jvirt.virsh.snapshot.Snap;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/**
 * checkpoint-list with virsh 9.0's options: --parent, --roots, --leaves, --no-leaves, --tree, --from
 * [--descendants], --name, --topological. Names are sorted unless --topological; --from --tree shows the --from
 * checkpoint above its children (all descendants only with --descendants).
 */
public final class CheckpointListCommand implements Command {

    private record Entry(DomainCheckpoint cp, String parent) {
    }

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "tree", "name");
        Opts.exclusive(cmd, "parent", "roots");
        Opts.exclusive(cmd, "parent", "tree");
        Opts.exclusive(cmd, "roots", "tree");
        Opts.exclusive(cmd, "roots", "from");
        Opts.notWithTree(cmd, "leaves", "no-leaves");
        String fromName = cmd.string("from");
        if (cmd.has("descendants") && fromName == null) {
            throw new OptionException("--descendants requires --from");
        }
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        boolean tree = cmd.has("tree");
        int flags = (cmd.has("leaves") ? 4 : 0) | (cmd.has("no-leaves") ? 8 : 0) | (cmd.has("topological") ? 2 : 0);
        DomainCheckpoint from = fromName == null ? null : dom.checkpointLookupByName(fromName, 0);
        List<DomainCheckpoint> cps;
        if (from != null) {
            cps = new ArrayList<>(from.listAllChildren(flags | (cmd.has("descendants") ? 1 : 0)));
            if (tree) {
                cps.add(0, from);
            }
        } else {
            cps = new ArrayList<>(dom.listAllCheckpoints(flags | (cmd.has("roots") ? 1 : 0)));
        }
        List<Entry> entries = new ArrayList<>();
        for (DomainCheckpoint c : cps) {
            entries.add(new Entry(c, tree || cmd.has("parent") ? Chk.parentName(c) : null));
        }
        if (!cmd.has("topological")) {
            entries.sort(Comparator.comparing(e -> e.cp().getName()));
        }
        if (tree) {
            sh.print(MomentTree.render(entries.stream().map(e -> e.cp().getName()).toList(),
                    entries.stream().map(Entry::parent).toList(), fromName));
            return true;
        }
        if (cmd.has("name")) {
            StringBuilder b = new StringBuilder();
            for (Entry e : entries) {
                b.append(e.cp().getName()).append('\n');
            }
            sh.print(b.toString());
            return true;
        }
        boolean parent = cmd.has("parent");
        Table t = parent ? new Table("Name", "Creation Time", "Parent") : new Table("Name", "Creation Time");
        for (Entry e : entries) {
            String time = Snap.time(Long.parseLong(Snap.field(e.cp().getXMLDesc(2), "creationTime")));
            if (parent) {
                t.add(e.cp().getName(), time, e.parent() == null ? "" : e.parent());
            } else {
                t.add(e.cp().getName(), time);
            }
        }
        t.print(sh);
        return true;
    }
}
