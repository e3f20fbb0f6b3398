package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** restore FILE [--xml F] [--bypass-cache] [--running|--paused] [--reset-nvram]. */
public final class RestoreCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "running", "paused");
        String from = cmd.string("file");
        String xmlFile = cmd.string("xml");
        String dxml = xmlFile == null ? null : Dom.readFile(xmlFile);
        int flags = (cmd.has("bypass-cache") ? 1 : 0) | (cmd.has("running") ? 2 : 0) | (cmd.has("paused") ? 4 : 0)
                | (cmd.has("reset-nvram") ? 8 : 0);
        try {
            sh.conn().restore(from, dxml, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to restore domain from " + from, e);
        }
        sh.print("Domain restored from " + from + "\n");
        return true;
    }
}
