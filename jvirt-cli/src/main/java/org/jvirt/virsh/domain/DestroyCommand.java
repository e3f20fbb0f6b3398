package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** destroy [--graceful] [--remove-logs]. */
public final class DestroyCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = (cmd.has("graceful") ? 1 : 0) | (cmd.has("remove-logs") ? 2 : 0);
        return Dom.act(sh, cmd, d -> { if (flags == 0) { d.destroy(); } else { d.destroy(flags); } }, "Domain '%s' destroyed\n", "Failed to destroy domain '%s'");
    }
}
