package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Editor;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** edit [--skip-validate]: edit the inactive, secure XML and redefine it. */
public final class EditCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String xml = dom.getXMLDesc(2 | 1);
        Editor.Define define = (text, validate) -> text == null ? dom.getName()
                : sh.conn().domainDefineXML(text, validate ? 1 : 0).getName();
        return Editor.edit(sh, xml, !cmd.has("skip-validate"), define,
                "Domain '%s' XML configuration not changed.\n", "Domain '%s' XML configuration edited.\n");
    }
}
