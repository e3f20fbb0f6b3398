package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** domname: by id or UUID only. */
public final class DomnameCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.lookupDomain(cmd.string("domain"), Shell.BY_ID | Shell.BY_UUID);
        if (dom == null) {
            return false;
        }
        sh.print(dom.getName() + "\n");
        return true;
    }
}
