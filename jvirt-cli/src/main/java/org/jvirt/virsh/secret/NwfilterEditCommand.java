package org.jvirt.virsh.secret;

import org.jvirt.NWFilter;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Editor;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nwfilter-edit NWFILTER: edit the XML and define it again. */
public final class NwfilterEditCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        NWFilter filter = Secrets.filter(sh, cmd);
        Editor.Define define = (text, validate) -> text == null ? filter.getName()
                : sh.conn().nwfilterDefineXML(text).getName();
        return Editor.edit(sh, filter.getXMLDesc(0), false, define,
                "Network filter %s XML configuration not changed.\n", "Network filter %s XML configuration edited.\n");
    }
}
