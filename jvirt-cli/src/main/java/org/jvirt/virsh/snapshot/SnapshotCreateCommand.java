package org.jvirt.virsh.snapshot;

import org.jvirt.Domain;
import org.jvirt.DomainSnapshot;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** snapshot-create [--xmlfile] [--redefine [--current]] [--no-metadata] [--halt] [--disk-only]... */
public final class SnapshotCreateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String from = cmd.string("xmlfile");
        String xml = from == null ? "<domainsnapshot/>" : XmlFiles.read(from);
        int flags = flags(cmd) | (cmd.has("redefine") ? 1 : 0) | (cmd.has("current") ? 2 : 0);
        return create(sh, dom, xml, flags, from);
    }

    /** The creation flags both create commands share. */
    static int flags(Invocation cmd) {
        return (cmd.has("no-metadata") ? 4 : 0) | (cmd.has("halt") ? 8 : 0) | (cmd.has("disk-only") ? 16 : 0)
                | (cmd.has("reuse-external") ? 32 : 0) | (cmd.has("quiesce") ? 64 : 0) | (cmd.has("atomic") ? 128 : 0)
                | (cmd.has("live") ? 256 : 0) | (cmd.has("validate") ? 512 : 0);
    }

    /** virshSnapshotCreate: creates and says so. */
    static boolean create(Shell sh, Domain dom, String xml, int flags, String from) {
        DomainSnapshot s;
        try {
            s = dom.snapshotCreateXML(xml, flags);
        } catch (VirtException e) {
            throw e;
        }
        if (from != null) {
            sh.printExtra("Domain snapshot " + s.getName() + " created from '" + from + "'");
        } else {
            sh.printExtra("Domain snapshot " + s.getName() + " created");
        }
        return true;
    }
}
