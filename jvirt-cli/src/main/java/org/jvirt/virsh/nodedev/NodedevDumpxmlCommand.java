package org.jvirt.virsh.nodedev;

import org.jvirt.NodeDevice;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodedev-dumpxml DEVICE [--xpath EXPR [--wrap]]. */
public final class NodedevDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        NodeDevice dev = NodeDevs.find(sh, cmd, true);
        if (dev == null) {
            return false;
        }
        String xml = dev.getXMLDesc(0);
        String xpath = cmd.string("xpath");
        sh.print(xpath != null ? org.jvirt.virsh.domain.XPaths.select(xml, xpath, cmd.has("wrap")) : xml);
        return true;
    }
}
