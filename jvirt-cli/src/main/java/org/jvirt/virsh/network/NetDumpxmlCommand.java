package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.XPaths;
import org.jvirt.virsh.vsh.Invocation;

/** net-dumpxml NETWORK [--inactive] [--xpath EXPR [--wrap]]. */
public final class NetDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Network net = sh.network(cmd);
        if (net == null) {
            return false;
        }
        String xml = net.getXMLDesc(cmd.has("inactive") ? 1 : 0);
        String xpath = cmd.string("xpath");
        sh.print(xpath == null ? xml : XPaths.select(xml, xpath, cmd.has("wrap")));
        return true;
    }
}
