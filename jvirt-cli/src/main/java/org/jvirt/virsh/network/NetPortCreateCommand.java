package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.NetworkPort;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** net-port-create NETWORK FILE [--validate]; virsh's failure text says "network" (sic). */
public final class NetPortCreateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Network net = sh.network(cmd);
        if (net == null) {
            return false;
        }
        String file = cmd.string("file");
        String xml = XmlFiles.read(file);
        NetworkPort port;
        try {
            port = net.portCreateXML(xml, cmd.has("validate") ? 1 : 0);
        } catch (VirtException e) {
            throw sh.fail("Failed to create network from " + file, e);
        }
        sh.printExtra("Network port " + port.getUUID() + " created from " + file + "\n");
        return true;
    }
}
