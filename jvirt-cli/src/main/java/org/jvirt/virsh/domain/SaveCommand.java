package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** save DOMAIN FILE [--xml F] [--bypass-cache] [--running|--paused]. */
public final class SaveCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "running", "paused");
        String to = cmd.string("file");
        String xmlFile = cmd.string("xml");
        String dxml = xmlFile == null ? null : Dom.readFile(xmlFile);
        int flags = (cmd.has("bypass-cache") ? 1 : 0) | (cmd.has("running") ? 2 : 0) | (cmd.has("paused") ? 4 : 0);
        return Dom.act(sh, cmd, d -> { d.save(to, dxml, flags); sh.printExtra("\n"); },
                "Domain '%s' saved to " + to.replace("%", "%%") + "\n", "Failed to save domain '%s' to " + to.replace("%", "%%"));
    }
}
