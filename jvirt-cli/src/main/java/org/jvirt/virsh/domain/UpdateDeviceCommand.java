package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** update-device DOMAIN FILE [--persistent] [--config] [--live] [--current] [--force]: virDomainUpdateDeviceFlags. */
public final class UpdateDeviceCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = DeviceCommands.flags(cmd);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String file = cmd.string("file");
        String xml = XmlFiles.read(file);
        flags = DeviceCommands.persistent(cmd, dom, flags);
        if (cmd.has("force")) {
            flags |= 4; // VIR_DOMAIN_DEVICE_MODIFY_FORCE
        }
        try {
            dom.updateDevice(xml, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to update device from " + file, e);
        }
        sh.printExtra("Device updated successfully\n");
        return true;
    }
}
