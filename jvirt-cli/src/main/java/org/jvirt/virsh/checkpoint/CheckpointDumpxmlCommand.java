package org.jvirt.virsh.checkpoint;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.XPaths;
import org.jvirt.virsh.vsh.Invocation;

/** checkpoint-dumpxml DOMAIN --checkpointname NAME [--security-info] [--no-domain] [--size] [--xpath E [--wrap]]. */
public final class CheckpointDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        int flags = (cmd.has("security-info") ? 1 : 0) | (cmd.has("no-domain") ? 2 : 0) | (cmd.has("size") ? 4 : 0);
        String xml = Chk.lookup(cmd, dom).getXMLDesc(flags);
        String xpath = cmd.string("xpath");
        sh.print(xpath != null ? XPaths.select(xml, xpath, cmd.has("wrap")) : xml);
        return true;
    }
}
