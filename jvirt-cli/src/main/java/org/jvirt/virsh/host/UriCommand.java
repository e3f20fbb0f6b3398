package org.jvirt.virsh.host;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** uri: the canonical URI of the connection. */
public final class UriCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        sh.print(sh.conn().getURI() + "\n");
        return true;
    }
}
