package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** domuuid: by id or name only. */
public final class DomuuidCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.lookupDomain(cmd.string("domain"), Shell.BY_ID | Shell.BY_NAME);
        if (dom == null) {
            return false;
        }
        sh.print(dom.getUUIDString() + "\n");
        return true;
    }
}
