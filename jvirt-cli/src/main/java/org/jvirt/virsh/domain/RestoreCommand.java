package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** restore FILE [--xml F] [--bypass-cache] [--running|--paused] [--reset-nvram]. */
public final class RestoreCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String from = cmd.string("file");
        String dxml = Dom.xmlOption(cmd);
        int flags = Dom.saveFlags(cmd) | (cmd.has("reset-nvram") ? 8 : 0);
        try {
            sh.conn().restore(from, dxml, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to restore domain from " + from, e);
        }
        sh.printExtra("Domain restored from " + from + "\n");
        return true;
    }
}
