package org.jvirt.virsh.snapshot;

import org.jvirt.Domain;
import org.jvirt.DomainSnapshot;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** snapshot-revert (--snapshotname NAME | --current) [--running] [--paused] [--force] [--reset-nvram]. */
public final class SnapshotRevertCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Snap.exclusiveCurrent(cmd);
        int flags = (cmd.has("running") ? 1 : 0) | (cmd.has("paused") ? 2 : 0) | (cmd.has("reset-nvram") ? 8 : 0);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        DomainSnapshot s = Snap.lookup(sh, cmd, dom);
        try {
            try {
                s.revert(flags);
            } catch (VirtException e) {
                // virsh retries a risky revert with FORCE only when asked to
                if (e.code() != ErrorCode.SNAPSHOT_REVERT_RISKY || !cmd.has("force")) {
                    throw e;
                }
                s.revert(flags | 4);
            }
        } catch (VirtException e) {
            throw sh.fail("Failed to revert snapshot " + s.getName(), e);
        }
        sh.printExtra("Domain snapshot " + s.getName() + " reverted\n");
        return true;
    }
}
