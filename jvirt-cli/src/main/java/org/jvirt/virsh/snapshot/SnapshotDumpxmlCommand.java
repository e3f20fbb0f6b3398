package org.jvirt.virsh.snapshot;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** snapshot-dumpxml NAME [--security-info] [--xpath EXPR [--wrap]]. */
public final class SnapshotDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String xml = dom.snapshotLookupByName(cmd.string("snapshotname"), 0).getXMLDesc(cmd.has("security-info") ? 1 : 0);
        String xpath = cmd.string("xpath");
        sh.print(xpath != null ? org.jvirt.virsh.domain.XPaths.select(xml, xpath, cmd.has("wrap")) : xml);
        return true;
    }
}
