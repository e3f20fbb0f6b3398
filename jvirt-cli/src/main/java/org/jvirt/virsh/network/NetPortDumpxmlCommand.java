package org.jvirt.virsh.network;

import org.jvirt.NetworkPort;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-port-dumpxml NETWORK PORT [--xpath E] [--wrap]. */
public final class NetPortDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        NetworkPort port = NetPorts.port(sh, cmd);
        if (port == null) {
            return true;
        }
        String xml = port.getXMLDesc(0);
        String xpath = cmd.string("xpath");
        sh.print(xpath == null ? xml : org.jvirt.virsh.domain.XPaths.select(xml, xpath, cmd.has("wrap")));
        return true;
    }
}
