package org.jvirt.virsh.secret;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nwfilter-dumpxml NWFILTER [--xpath E] [--wrap]. */
public final class NwfilterDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        sh.print(Secrets.dump(Secrets.filter(sh, cmd).getXMLDesc(0), cmd));
        return true;
    }
}
