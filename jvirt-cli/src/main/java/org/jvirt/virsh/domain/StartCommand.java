package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** start [--paused] [--autodestroy] [--bypass-cache] [--force-boot] [--reset-nvram]: only inactive domains. */
public final class StartCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.lookupDomain(cmd.string("domain"), Shell.BY_NAME | Shell.BY_UUID);
        if (dom == null) {
            return false;
        }
        String name = cmd.string("domain");
        if (dom.getID() >= 0) {
            sh.error("Domain is already active");
            return false;
        }
        int flags = (cmd.has("paused") ? 1 : 0) | (cmd.has("autodestroy") ? 2 : 0) | (cmd.has("bypass-cache") ? 4 : 0)
                | (cmd.has("force-boot") ? 8 : 0) | (cmd.has("reset-nvram") ? 32 : 0);
        // the descriptors would go with virDomainCreateWithFiles; the list is still read, and refused, as virsh does
        org.jvirt.virsh.qemu.PassFds.of(cmd);
        try {
            dom.create(flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to start domain '" + name + "'", e);
        }
        sh.printExtra("Domain '" + name + "' started\n");
        if (cmd.has("console")) {
            return ConsoleCommand.runConsole(sh, dom, null);
        }
        return true;
    }
}
