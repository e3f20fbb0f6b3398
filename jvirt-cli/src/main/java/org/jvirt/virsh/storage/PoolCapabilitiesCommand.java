package org.jvirt.virsh.storage;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * pool-capabilities (cmdPoolCapabilities): virConnectGetStoragePoolCapabilities, printed with a newline. libvirt's
 * test driver does not fill that entry, so on test:///default (and through a daemon serving it) the answer is
 * the public layer's NO_SUPPORT.
 */
public final class PoolCapabilitiesCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String caps;
        try {
            caps = sh.conn().getStoragePoolCapabilities(0);
        } catch (VirtException e) {
            throw sh.fail("failed to get storage pool capabilities", e);
        }
        sh.print(caps + "\n");
        return true;
    }
}
