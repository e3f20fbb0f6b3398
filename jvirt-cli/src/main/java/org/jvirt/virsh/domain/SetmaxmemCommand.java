package org.jvirt.virsh.domain;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** setmaxmem SIZE [--config] [--live] [--current]. */
public final class SetmaxmemCommand implements Command {

    /** VIR_DOMAIN_MEM_MAXIMUM. */
    private static final int MAXIMUM = 4;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Memory.set(sh, cmd, (dom, kib, flags) -> {
            try {
                // virsh 9.0 always goes through virDomainSetMemoryFlags with the MAXIMUM bit
                dom.setMemory(kib, (flags == -1 ? 0 : flags) | MAXIMUM);
            } catch (VirtException e) {
                throw sh.fail("Unable to change MaxMemorySize", e);
            }
        });
    }
}
