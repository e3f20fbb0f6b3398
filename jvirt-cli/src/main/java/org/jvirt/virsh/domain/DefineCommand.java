package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** define FILE [--validate]. */
public final class DefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String file = cmd.string("file");
        String xml = Dom.readFile(file);
        Domain dom;
        try {
            dom = sh.conn().domainDefineXML(xml, cmd.has("validate") ? 1 : 0);
        } catch (VirtException e) {
            throw sh.fail("Failed to define domain from " + file, e);
        }
        sh.print("Domain '" + dom.getName() + "' defined from " + file + "\n");
        return true;
    }
}
