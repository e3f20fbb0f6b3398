package org.jvirt.virsh.iface;

import org.jvirt.Interface;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Editor;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** iface-edit: edits the inactive XML (which libvirt's test driver refuses to give) and redefines. */
public final class IfaceEditCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Interface iface = Ifaces.lookup(sh, cmd, "interface", Ifaces.BYNAME | Ifaces.BYMAC);
        if (iface == null) {
            return false;
        }
        String xml = iface.getXMLDesc(1);
        Editor.Define define = (text, validate) -> text == null ? iface.getName()
                : sh.conn().interfaceDefineXML(text, 0).getName();
        return Editor.edit(sh, xml, false, define, "Interface %s XML configuration not changed.\n",
                "Interface %s XML configuration edited.\n");
    }
}
