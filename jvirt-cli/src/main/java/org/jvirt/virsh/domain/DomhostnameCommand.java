package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** domhostname [--source lease|agent]. */
public final class DomhostnameCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String source = cmd.string("source");
        int flags = 0;
        if (source != null) {
            flags = switch (source) {
                case "lease" -> 1;
                case "agent" -> 2;
                default -> throw new OptionException("Unknown data source '" + source + "'");
            };
        }
        String h;
        try {
            h = dom.getHostname(flags);
        } catch (VirtException e) {
            throw sh.fail("failed to get hostname", e);
        }
        sh.print(h + "\n");
        return true;
    }
}
