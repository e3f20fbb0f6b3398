package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** managedsave [--bypass-cache] [--running|--paused]: virsh's job watcher prints the leading blank line. */
public final class ManagedsaveCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "running", "paused");
        int flags = (cmd.has("bypass-cache") ? 1 : 0) | (cmd.has("running") ? 2 : 0) | (cmd.has("paused") ? 4 : 0);
        return Dom.act(sh, cmd, d -> { d.managedSave(flags); sh.printExtra("\n"); },
                "Domain '%s' state saved by libvirt\n", "Failed to save domain '%s' state");
    }
}
