package org.jvirt.virsh.nodedev;

import org.jvirt.NodeDevice;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** nodedev-define FILE [--validate]. */
public final class NodedevDefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = cmd.has("validate") ? 1 : 0;
        return XmlFiles.make(sh, cmd, xml -> sh.conn().nodeDeviceDefineXML(xml, flags), NodeDevice::getName,
                "Failed to define node device from '%s'", "Node device '%s' defined from '%s'\n");
    }
}
