package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** reboot [--mode acpi,agent,...]. */
public final class RebootCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = Modes.parse(cmd.string("mode"), " or");
        return Dom.act(sh, cmd, d -> d.reboot(flags), "Domain '%s' is being rebooted\n", "Failed to reboot domain '%s'");
    }
}
