package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-define FILE [--validate]. */
public final class NetDefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String file = cmd.string("file");
        String xml = Files.read(file);
        Network net;
        try {
            net = sh.conn().networkDefineXML(xml, cmd.has("validate") ? 1 : 0);
        } catch (VirtException e) {
            throw sh.fail("Failed to define network from " + file, e);
        }
        sh.print("Network " + net.getName() + " defined from " + file + "\n");
        return true;
    }
}
