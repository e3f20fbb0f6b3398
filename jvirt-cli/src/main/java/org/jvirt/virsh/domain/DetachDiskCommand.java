package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** detach-disk DOMAIN TARGET: the disk element of the domain's XML (inactive with --config), detached. */
public final class DetachDiskCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = DeviceCommands.flags(cmd);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String xml = dom.getXMLDesc(cmd.has("config") ? 2 : 0);
        String disk = DeviceNodes.findDisk(xml, cmd.string("target"), false).dump();
        if (cmd.has("print-xml")) {
            sh.print(disk);
            return true;
        }
        return DeviceCommands.apply(sh, cmd, dom, flags, disk, false, "disk", "Disk");
    }
}
