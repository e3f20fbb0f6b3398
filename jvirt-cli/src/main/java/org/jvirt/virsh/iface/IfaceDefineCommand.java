package org.jvirt.virsh.iface;

import org.jvirt.Interface;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** iface-define FILE [--validate]. */
public final class IfaceDefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = cmd.has("validate") ? 1 : 0;
        return XmlFiles.make(sh, cmd, xml -> sh.conn().interfaceDefineXML(xml, flags), Interface::getName,
                "Failed to define interface from %s", "Interface %s defined from %s\n");
    }
}
