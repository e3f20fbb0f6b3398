package org.jvirt.virsh.secret;

import org.jvirt.NWFilterBinding;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nwfilter-binding-delete BINDING. */
public final class NwfilterBindingDeleteCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        NWFilterBinding b = Secrets.binding(sh, cmd);
        return sh.act(b, cmd.string("binding"), NWFilterBinding::delete, "Network filter binding on %s deleted\n",
                "Failed to delete network filter binding on %s");
    }
}
