package org.jvirt.virsh.host;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** maxvcpus [--type]. */
public final class MaxvcpusCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int n = sh.conn().getMaxVcpus(cmd.string("type"));
        sh.print(n + "\n");
        return true;
    }
}
