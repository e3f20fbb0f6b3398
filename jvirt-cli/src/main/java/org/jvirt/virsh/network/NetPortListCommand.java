package org.jvirt.virsh.network;

import java.util.List;
import org.jvirt.Network;
import org.jvirt.NetworkPort;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-port-list NETWORK [--uuid] [--table]. */
public final class NetPortListCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        if (cmd.has("table") && cmd.has("uuid")) {
            sh.error("Only one argument from --table and --uuid may be specified.");
            return false;
        }
        Network net = sh.network(cmd);
        if (net == null) {
            return false;
        }
        List<NetworkPort> ports = net.listAllPorts(0);
        StringBuilder b = new StringBuilder();
        if (cmd.has("uuid")) {
            for (NetworkPort p : ports) {
                b.append(p.getUUID()).append('\n');
            }
        } else {
            b.append(String.format(" %-36s %n", "UUID")).append("-".repeat(38)).append('\n');
            for (NetworkPort p : ports) {
                b.append(String.format(" %-36s%n", p.getUUID()));
            }
            b.append('\n');
        }
        sh.print(b.toString());
        return true;
    }
}
