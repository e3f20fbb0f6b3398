package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** create FILE [--paused] [--autodestroy] [--validate] [--reset-nvram]. */
public final class CreateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = (cmd.has("paused") ? 1 : 0) | (cmd.has("autodestroy") ? 2 : 0) | (cmd.has("validate") ? 16 : 0)
                | (cmd.has("reset-nvram") ? 32 : 0);
        // the descriptors would go with virDomainCreateXMLWithFiles; the list is read after the file, as virsh does
        Domain[] made = new Domain[1];
        boolean ok = XmlFiles.make(sh, cmd, xml -> {
            org.jvirt.virsh.qemu.PassFds.of(cmd);
            return made[0] = sh.conn().domainCreateXML(xml, flags);
        }, Domain::getName,
                "Failed to create domain from %s", "Domain '%s' created from %s\n");
        if (ok && cmd.has("console")) {
            ConsoleCommand.runConsole(sh, made[0], null); // virsh's create does not report how the console ended
        }
        return ok;
    }
}
