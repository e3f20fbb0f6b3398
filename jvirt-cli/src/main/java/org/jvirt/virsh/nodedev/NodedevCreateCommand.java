package org.jvirt.virsh.nodedev;

import org.jvirt.NodeDevice;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** nodedev-create FILE [--validate]. */
public final class NodedevCreateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = cmd.has("validate") ? 1 : 0;
        return XmlFiles.make(sh, cmd, xml -> sh.conn().nodeDeviceCreateXML(xml, flags), NodeDevice::getName,
                "Failed to create node device from %s", "Node device %s created from %s\n");
    }
}
