package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** net-create FILE [--validate]. */
public final class NetCreateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = cmd.has("validate") ? 1 : 0;
        return XmlFiles.make(sh, cmd, xml -> sh.conn().networkCreateXML(xml, flags), Network::getName,
                "Failed to create network from %s", "Network %s created from %s\n");
    }
}
