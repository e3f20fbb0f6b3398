package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-create FILE [--validate]. */
public final class NetCreateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String file = cmd.string("file");
        String xml = Files.read(file);
        Network net;
        try {
            net = sh.conn().networkCreateXML(xml, cmd.has("validate") ? 1 : 0);
        } catch (VirtException e) {
            throw sh.fail("Failed to create network from " + file, e);
        }
        sh.print("Network " + net.getName() + " created from " + file + "\n");
        return true;
    }
}
