package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** create FILE [--paused] [--autodestroy] [--validate] [--reset-nvram]. */
public final class CreateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String file = cmd.string("file");
        String xml = Dom.readFile(file);
        int flags = (cmd.has("paused") ? 1 : 0) | (cmd.has("autodestroy") ? 2 : 0) | (cmd.has("validate") ? 8 : 0)
                | (cmd.has("reset-nvram") ? 16 : 0);
        Domain dom;
        try {
            dom = sh.conn().domainCreateXML(xml, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to create domain from " + file, e);
        }
        sh.print("Domain '" + dom.getName() + "' created from " + file + "\n");
        return true;
    }
}
