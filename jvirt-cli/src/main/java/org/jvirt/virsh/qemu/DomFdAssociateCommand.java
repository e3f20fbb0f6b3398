package org.jvirt.virsh.qemu;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * dom-fd-associate DOMAIN --name N --pass-fds L [--seclabel-writable] [--seclabel-restore] (cmdDomFdAssociate):
 * virDomainFDAssociate with the listed descriptors of this process.
 */
public final class DomFdAssociateCommand implements Command {

    /** VIR_DOMAIN_FD_ASSOCIATE_SECLABEL_RESTORE, _SECLABEL_WRITABLE. */
    private static final int SECLABEL_RESTORE = 1;
    private static final int SECLABEL_WRITABLE = 2;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        int[] fds = PassFds.of(cmd);
        int flags = (cmd.has("seclabel-restore") ? SECLABEL_RESTORE : 0)
                | (cmd.has("seclabel-writable") ? SECLABEL_WRITABLE : 0);
        dom.fdAssociate(cmd.string("name"), fds, flags);
        return true;
    }
}
