package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** managedsave [--bypass-cache] [--running|--paused]: virsh's job watcher prints the leading blank line. */
public final class ManagedsaveCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = Dom.saveFlags(cmd);
        return Dom.act(sh, cmd, d -> { d.managedSave(flags); sh.jobDone(cmd, "Managedsave"); sh.printExtra("\n"); },
                "Domain '%s' state saved by libvirt\n", "Failed to save domain '%s' state");
    }
}
