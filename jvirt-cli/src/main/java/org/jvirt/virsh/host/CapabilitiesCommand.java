package org.jvirt.virsh.host;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** capabilities (virsh adds a newline after the XML). */
public final class CapabilitiesCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String caps;
        try {
            caps = sh.conn().getCapabilities();
        } catch (VirtException e) {
            throw sh.fail("failed to get capabilities", e);
        }
        sh.print(caps + "\n");
        return true;
    }
}
