package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** save DOMAIN FILE [--xml F] [--bypass-cache] [--running|--paused]. */
public final class SaveCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String to = cmd.string("file");
        String dxml = Dom.xmlOption(cmd);
        int flags = Dom.saveFlags(cmd);
        return Dom.act(sh, cmd, d -> { d.save(to, dxml, flags); sh.jobDone(cmd, "Save"); sh.printExtra("\n"); },
                "Domain '%s' saved to " + to.replace("%", "%%") + "\n", "Failed to save domain '%s' to " + to.replace("%", "%%"));
    }
}
