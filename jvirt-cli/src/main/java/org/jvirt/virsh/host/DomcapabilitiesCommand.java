package org.jvirt.virsh.host;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** domcapabilities [--virttype] [--emulatorbin] [--arch] [--machine] (virsh adds a newline after the XML). */
public final class DomcapabilitiesCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String caps;
        try {
            caps = sh.conn().getDomainCapabilities(cmd.string("emulatorbin"), cmd.string("arch"), cmd.string("machine"),
                    cmd.string("virttype"), 0);
        } catch (VirtException e) {
            throw sh.fail("failed to get emulator capabilities", e);
        }
        sh.print(caps + "\n");
        return true;
    }
}
