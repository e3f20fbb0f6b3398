package org.jvirt.virsh.storage;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.XPaths;
import org.jvirt.virsh.vsh.Invocation;

/** vol-dumpxml VOL [--pool P] [--xpath EXPR [--wrap]]. */
public final class VolDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String xml = Pools.vol(sh, cmd, "vol", "pool").getXMLDesc(0);
        String xpath = cmd.string("xpath");
        sh.print(xpath == null ? xml : XPaths.select(xml, xpath, cmd.has("wrap")));
        return true;
    }
}
