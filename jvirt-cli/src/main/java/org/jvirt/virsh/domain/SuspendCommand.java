package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** suspend. */
public final class SuspendCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.act(sh, cmd, Domain::suspend, "Domain '%s' suspended\n", "Failed to suspend domain '%s'");
    }
}
