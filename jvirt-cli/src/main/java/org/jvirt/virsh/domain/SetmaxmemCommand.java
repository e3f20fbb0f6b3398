package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** setmaxmem SIZE [--config] [--live] [--current]. */
public final class SetmaxmemCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = Opts.impact(cmd);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        long bytes = cmd.scaled("size", 1024, Long.MAX_VALUE);
        long kib = (bytes + 1023) / 1024;
        try {
            if (flags == 0) {
                dom.setMaxMemory(kib);
            } else {
                dom.setMemory(kib, flags | 4);
            }
        } catch (VirtException e) {
            throw sh.fail("Unable to change MaxMemorySize", e);
        }
        return true;
    }
}
