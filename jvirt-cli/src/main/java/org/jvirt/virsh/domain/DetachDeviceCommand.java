package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** detach-device FILE [--persistent] [--config] [--live] [--current]. */
public final class DetachDeviceCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return DeviceCommands.fromFile(sh, cmd, false);
    }
}
