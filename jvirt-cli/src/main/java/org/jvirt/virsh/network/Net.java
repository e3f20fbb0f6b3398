package org.jvirt.virsh.network;

import java.util.function.Consumer;
import org.jvirt.Network;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** The act-and-report pattern of the network commands. */
final class Net {

    private Net() {
    }

    /** Looks the network up, then {@link Shell#act}. */
    static boolean act(Shell sh, Invocation cmd, Consumer<Network> action, String ok, String failed) {
        Network net = sh.network(cmd);
        return net != null && sh.act(net, cmd.string("network"), action, ok, failed);
    }
}
