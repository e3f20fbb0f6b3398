package org.jvirt.virsh.snapshot;

import org.jvirt.Domain;
import org.jvirt.DomainSnapshot;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** snapshot-info (--snapshotname NAME | --current). */
public final class SnapshotInfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Snap.exclusiveCurrent(cmd);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        DomainSnapshot s = Snap.lookup(sh, cmd, dom);
        String xml = s.getXMLDesc(0);
        String state = Snap.field(xml, "state");
        boolean external = xml.contains("snapshot='external'");
        String parent = Snap.parentName(s);
        StringBuilder b = new StringBuilder();
        row(b, "Name:", s.getName());
        row(b, "Domain:", dom.getName());
        row(b, "Current:", s.isCurrent(0) ? "yes" : "no");
        row(b, "State:", state);
        row(b, "Location:", external ? "external" : "internal");
        row(b, "Parent:", parent == null ? "-" : parent);
        row(b, "Children:", Integer.toString(s.numChildren(0)));
        row(b, "Descendants:", Integer.toString(s.numChildren(1)));
        row(b, "Metadata:", s.hasMetadata(0) ? "yes" : "no");
        sh.print(b.toString());
        return true;
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append(String.format("%-15s %s%n", label, value));
    }
}
