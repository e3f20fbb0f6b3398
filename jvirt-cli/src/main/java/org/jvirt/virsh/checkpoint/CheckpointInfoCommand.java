package org.jvirt.virsh.checkpoint;

import org.jvirt.Domain;
import org.jvirt.DomainCheckpoint;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** checkpoint-info DOMAIN --checkpointname NAME: name, domain, parent, children and descendants counts. */
public final class CheckpointInfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        DomainCheckpoint c = Chk.lookup(cmd, dom);
        String parent = Chk.parentName(c);
        StringBuilder b = new StringBuilder();
        row(b, "Name:", c.getName());
        row(b, "Domain:", dom.getName());
        row(b, "Parent:", parent == null ? "-" : parent);
        row(b, "Children:", Integer.toString(c.listAllChildren(0).size()));
        row(b, "Descendants:", Integer.toString(c.listAllChildren(1).size()));
        sh.print(b.toString());
        return true;
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append(String.format("%-15s %s%n", label, value));
    }
}
