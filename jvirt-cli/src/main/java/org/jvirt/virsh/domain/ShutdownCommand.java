package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** shutdown [--mode acpi,agent,...]. */
public final class ShutdownCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = Modes.parse(cmd.string("mode"));
        return Dom.act(sh, cmd, d -> d.shutdown(flags), "Domain '%s' is being shutdown\n", "Failed to shutdown domain '%s'");
    }
}
