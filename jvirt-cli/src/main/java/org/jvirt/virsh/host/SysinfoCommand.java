package org.jvirt.virsh.host;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** sysinfo. */
public final class SysinfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String s;
        try {
            s = sh.conn().getSysinfo(0);
        } catch (VirtException e) {
            throw sh.fail("failed to get sysinfo", e);
        }
        sh.print(s);
        return true;
    }
}
