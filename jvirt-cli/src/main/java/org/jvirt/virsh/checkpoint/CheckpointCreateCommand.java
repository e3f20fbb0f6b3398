package org.jvirt.virsh.checkpoint;

import org.jvirt.Domain;
import org.jvirt.DomainCheckpoint;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** checkpoint-create DOMAIN [--xmlfile FILE] [--redefine [--redefine-validate]] [--quiesce]. */
public final class CheckpointCreateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.require(cmd, "redefine-validate", "redefine");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String from = cmd.string("xmlfile");
        String xml = from == null ? "<domaincheckpoint/>" : XmlFiles.read(from);
        int flags = (cmd.has("redefine") ? 1 : 0) | (cmd.has("quiesce") ? 2 : 0) | (cmd.has("redefine-validate") ? 4 : 0);
        return create(sh, dom, xml, flags, from);
    }

    /** virshCheckpointCreate: creates and says so. */
    static boolean create(Shell sh, Domain dom, String xml, int flags, String from) {
        DomainCheckpoint c = dom.checkpointCreateXML(xml, flags);
        if (from != null) {
            sh.printExtra("Domain checkpoint " + c.getName() + " created from '" + from + "'");
        } else {
            sh.printExtra("Domain checkpoint " + c.getName() + " created");
        }
        return true;
    }
}
