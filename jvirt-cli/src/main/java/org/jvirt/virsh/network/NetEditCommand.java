package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-edit: edit the inactive XML and redefine. */
public final class NetEditCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Network net = sh.network(cmd);
        if (net == null) {
            return false;
        }
        String xml = inactiveXml(net);
        org.jvirt.virsh.Editor.Define define = (text, validate) -> text == null ? net.getName()
                : sh.conn().networkDefineXML(text, 0).getName();
        return org.jvirt.virsh.Editor.edit(sh, xml, false, define,
                "Network %s XML configuration not changed.\n", "Network %s XML configuration edited.\n");
    }

    /** virshNetworkGetXMLDesc: the inactive XML, or the live one when the driver rejects the flag. */
    private static String inactiveXml(Network net) {
        try {
            return net.getXMLDesc(1);
        } catch (VirtException e) {
            if (e.code() != org.jvirt.error.ErrorCode.INVALID_ARG) {
                throw e;
            }
            return net.getXMLDesc(0);
        }
    }
}
