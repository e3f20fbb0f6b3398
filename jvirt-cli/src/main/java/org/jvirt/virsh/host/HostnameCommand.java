package org.jvirt.virsh.host;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** hostname. */
public final class HostnameCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String h;
        try {
            h = sh.conn().getHostname();
        } catch (VirtException e) {
            throw sh.fail("failed to get hostname", e);
        }
        sh.print(h + "\n");
        return true;
    }
}
