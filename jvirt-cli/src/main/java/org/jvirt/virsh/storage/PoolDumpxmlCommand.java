package org.jvirt.virsh.storage;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.XPaths;
import org.jvirt.virsh.vsh.Invocation;

/** pool-dumpxml POOL [--inactive] [--xpath EXPR [--wrap]]. */
public final class PoolDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String xml = Pools.pool(sh, cmd, "pool").getXMLDesc(cmd.has("inactive") ? 1 : 0);
        String xpath = cmd.string("xpath");
        sh.print(xpath == null ? xml : XPaths.select(xml, xpath, cmd.has("wrap")));
        return true;
    }
}
