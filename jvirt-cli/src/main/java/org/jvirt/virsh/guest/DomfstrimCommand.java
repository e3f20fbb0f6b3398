package org.jvirt.virsh.guest;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** domfstrim DOMAIN [--minimum BYTES] [--mountpoint PATH]. */
public final class DomfstrimCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        long minimum = cmd.ullongOpt("minimum", 0);
        String mountpoint = cmd.string("mountpoint");
        try {
            dom.fsTrim(mountpoint, minimum, 0);
        } catch (VirtException e) {
            throw sh.fail("Unable to invoke fstrim", e);
        }
        return true;
    }
}
