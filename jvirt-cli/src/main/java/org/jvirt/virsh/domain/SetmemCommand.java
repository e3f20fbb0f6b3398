package org.jvirt.virsh.domain;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** setmem SIZE [--config] [--live] [--current]: a scaled size, KiB by default. */
public final class SetmemCommand implements Command {

    /** VIR_DOMAIN_AFFECT_LIVE. */
    private static final int LIVE = 1;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        // without an impact option virsh calls virDomainSetMemory, which every libvirt driver implements as
        // SetMemoryFlags(AFFECT_LIVE); our API has only the flags call
        return Memory.set(sh, cmd, (dom, kib, flags) -> dom.setMemory(kib, flags == -1 ? LIVE : flags));
    }
}
