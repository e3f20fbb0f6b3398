package org.jvirt.virsh.network;

import org.jvirt.Network;
import org.jvirt.NetworkPort;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * virshCommandOptNetworkPort as virsh 9.0 uses it in net-port-dumpxml and net-port-delete: a failed lookup is
 * reported by virsh's own line only, and the command still succeeds (exit status 0).
 */
final class NetPorts {

    private NetPorts() {
    }

    /** The port, or null after virsh's message. */
    static NetworkPort port(Shell sh, Invocation cmd) {
        Network net;
        try {
            net = sh.network(cmd);
        } catch (VirtException e) {
            // sh.network has said "failed to get network"; the libvirt error goes unreported
            return null;
        }
        String name = cmd.string("port");
        try {
            return net.portLookupByUUIDString(name);
        } catch (VirtException e) {
            sh.error("failed to get network port '" + name + "'");
            return null;
        }
    }
}
