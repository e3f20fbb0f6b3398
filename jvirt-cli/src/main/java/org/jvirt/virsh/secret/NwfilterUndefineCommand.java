package org.jvirt.virsh.secret;

import org.jvirt.NWFilter;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nwfilter-undefine NWFILTER. */
public final class NwfilterUndefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        NWFilter filter = Secrets.filter(sh, cmd);
        return sh.act(filter, cmd.string("nwfilter"), NWFilter::undefine, "Network filter %s undefined\n",
                "Failed to undefine network filter %s");
    }
}
