package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** setmem SIZE [--config] [--live] [--current]: a scaled size, KiB by default. */
public final class SetmemCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = Opts.impact(cmd);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        long bytes = cmd.scaled("size", 1024, Long.MAX_VALUE);
        long kib = (bytes + 1023) / 1024;
        dom.setMemory(kib, flags);
        return true;
    }
}
