package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** dumpxml [--inactive] [--security-info] [--update-cpu] [--migratable] (--xpath/--wrap: not yet). */
public final class DumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        int flags = (cmd.has("security-info") ? 1 : 0) | (cmd.has("inactive") ? 2 : 0) | (cmd.has("update-cpu") ? 4 : 0)
                | (cmd.has("migratable") ? 8 : 0);
        String xml = dom.getXMLDesc(flags);
        String xpath = cmd.string("xpath");
        if (xpath != null) {
            sh.print(XPaths.select(xml, xpath, cmd.has("wrap")));
            return true;
        }
        sh.print(xml);
        return true;
    }
}
