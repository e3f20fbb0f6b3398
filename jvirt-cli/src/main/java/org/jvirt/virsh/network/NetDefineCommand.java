package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** net-define FILE [--validate]. */
public final class NetDefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = cmd.has("validate") ? 1 : 0;
        return XmlFiles.make(sh, cmd, xml -> sh.conn().networkDefineXML(xml, flags), Network::getName,
                "Failed to define network from %s", "Network %s defined from %s\n");
    }
}
