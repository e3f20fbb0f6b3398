package org.jvirt.virsh.storage;

import org.jvirt.error.VirtException;
import org.jvirt.spi.Unsupported;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * pool-capabilities. jvirt's public API has no virConnectGetStoragePoolCapabilities yet, and libvirt's test
 * driver does not fill that entry either, so the answer is the public layer's NO_SUPPORT on every connection.
 */
public final class PoolCapabilitiesCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        VirtException e = Unsupported.call("virConnectGetStoragePoolCapabilities");
        throw sh.fail("failed to get storage pool capabilities", e);
    }
}
