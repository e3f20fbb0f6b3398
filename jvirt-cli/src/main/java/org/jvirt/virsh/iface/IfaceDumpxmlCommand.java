package org.jvirt.virsh.iface;

import org.jvirt.Interface;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** iface-dumpxml IFACE [--inactive] [--xpath EXPR [--wrap]]. */
public final class IfaceDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Interface iface = Ifaces.lookup(sh, cmd, "interface", Ifaces.BYNAME | Ifaces.BYMAC);
        if (iface == null) {
            return false;
        }
        String xml = iface.getXMLDesc(cmd.has("inactive") ? 1 : 0);
        String xpath = cmd.string("xpath");
        sh.print(xpath != null ? org.jvirt.virsh.domain.XPaths.select(xml, xpath, cmd.has("wrap")) : xml);
        return true;
    }
}
