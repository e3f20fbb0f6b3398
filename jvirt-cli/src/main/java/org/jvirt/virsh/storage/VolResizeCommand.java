package org.jvirt.virsh.storage;

import org.jvirt.StorageVol;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * vol-resize VOL CAPACITY [--pool P] [--allocate] [--delta] [--shrink]. A leading '-' is allowed with --shrink
 * and means a delta; the messages quote the capacity as typed (without the '-').
 */
public final class VolResizeCommand implements Command {

    // VIR_STORAGE_VOL_RESIZE_ALLOCATE 1, _DELTA 2, _SHRINK 4
    private static final int ALLOCATE = 1;
    private static final int DELTA = 2;
    private static final int SHRINK = 4;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        boolean delta = cmd.has("delta");
        int flags = (cmd.has("allocate") ? ALLOCATE : 0) | (cmd.has("shrink") ? SHRINK : 0);
        StorageVol vol = Pools.vol(sh, cmd, "vol", "pool");
        String capacityStr = cmd.string("capacity");
        int i = 0;
        while (i < capacityStr.length() && " \t\n\u000b\f\r".indexOf(capacityStr.charAt(i)) >= 0) {
            i++;
        }
        capacityStr = capacityStr.substring(i);
        if (capacityStr.startsWith("-")) {
            if (!cmd.has("shrink")) {
                sh.error("negative size requires --shrink");
                return false;
            }
            capacityStr = capacityStr.substring(1);
            delta = true;
        }
        if (delta) {
            flags |= DELTA;
        }
        long capacity = VolSize.parse(capacityStr);
        try {
            vol.resize(capacity, flags);
        } catch (VirtException e) {
            throw sh.fail(String.format(delta ? "Failed to change size of volume '%s' by %s"
                    : "Failed to change size of volume '%s' to %s", vol.getName(), capacityStr), e);
        }
        sh.printExtra(String.format(delta ? "Size of volume '%s' successfully changed by %s\n"
                : "Size of volume '%s' successfully changed to %s\n", vol.getName(), capacityStr));
        return true;
    }
}
