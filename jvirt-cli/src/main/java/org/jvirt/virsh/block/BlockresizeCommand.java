package org.jvirt.virsh.block;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * blockresize DOMAIN PATH SIZE (cmdBlockresize): SIZE is a scaled integer in KiB by default; a whole number of
 * KiB goes as KiB (the older interface), anything else as bytes with VIR_DOMAIN_BLOCK_RESIZE_BYTES.
 */
public final class BlockresizeCommand implements Command {

    /** VIR_DOMAIN_BLOCK_RESIZE_BYTES. */
    private static final int BYTES = 1;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String path = cmd.string("path");
        long size = cmd.scaled("size", 1024, -1L);
        int flags = 0;
        if (Long.remainderUnsigned(size, 1024) == 0) {
            size = Long.divideUnsigned(size, 1024);
        } else {
            flags |= BYTES;
        }
        try {
            dom.blockResize(path, size, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to resize block device '" + path + "'", e);
        }
        sh.printExtra("Block device '" + path + "' is resized");
        return true;
    }
}
