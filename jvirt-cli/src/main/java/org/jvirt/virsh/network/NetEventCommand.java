package org.jvirt.virsh.network;

import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.EventWait;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * net-event [--network N] --event lifecycle [--loop] [--timeout S] [--timestamp] | --list (cmdNetworkEvent):
 * waits for the first network event (or, with --loop, until the timeout) and prints how many arrived.
 */
public final class NetEventCommand implements Command {

    private static final String[] LIFECYCLE = {"Defined", "Undefined", "Started", "Stopped"};

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int eventId = EventWait.eventId(sh, cmd, List.of("lifecycle"));
        if (eventId < 0) {
            return eventId == EventWait.LISTED;
        }
        EventWait w = new EventWait(sh, cmd);
        long timeoutMs = EventWait.timeoutMs(cmd);
        // virsh goes on without a filter when the lookup fails; its error is reported if no event arrives
        Network net = null;
        VirtException lookup = null;
        if (cmd.has("network")) {
            try {
                net = sh.network(cmd);
            } catch (VirtException e) {
                lookup = e;
            }
        }
        Connect conn = sh.conn();
        int id = conn.networkEventRegisterAny(net, eventId, (n, eid, event, detail) -> w.event(
                "event 'lifecycle' for network " + n.getName() + ": "
                        + (event >= 0 && event < LIFECYCLE.length ? LIFECYCLE[event] : "unknown") + "\n"));
        return w.finish(timeoutMs, lookup, () -> conn.networkEventDeregisterAny(id));
    }
}
