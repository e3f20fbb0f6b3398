package org.jvirt.virsh.nodedev;

import java.util.List;
import org.jvirt.Connect;
import org.jvirt.NodeDevice;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.EventWait;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * nodedev-event [--device D] --event lifecycle|update [--loop] [--timeout N] [--timestamp] | --list: waits for
 * the first event (or, with --loop, until the timeout) and prints how many arrived; false when none did.
 */
public final class NodedevEventCommand implements Command {

    private static final List<String> EVENTS = List.of("lifecycle", "update");
    private static final String[] LIFECYCLE = {"Created", "Deleted", "Defined", "Undefined"};

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        if (cmd.has("list")) {
            sh.print("lifecycle\nupdate\n");
            return true;
        }
        String name = cmd.string("event");
        if (name == null) {
            sh.error("either --list or --event <type> is required");
            return false;
        }
        int eventId = EVENTS.indexOf(name);
        if (eventId < 0) {
            sh.error("unknown event type " + name);
            return false;
        }
        EventWait w = new EventWait(sh, cmd);
        long timeoutMs = EventWait.timeoutMs(cmd);
        NodeDevice dev = null;
        String device = cmd.string("device");
        if (device != null) {
            try {
                dev = sh.conn().nodeDeviceLookupByName(device);
            } catch (VirtException e) {
                throw sh.fail("Could not find matching device '" + device + "'", e);
            }
        }
        Connect conn = sh.conn();
        int id = conn.nodeDeviceEventRegisterAny(dev, eventId, (d, eid, event, detail) -> w.event(eid == 0
                ? "event 'lifecycle' for node device " + d.getName() + ": "
                        + (event >= 0 && event < LIFECYCLE.length ? LIFECYCLE[event] : "unknown") + "\n"
                : "event 'update' for node device " + d.getName() + "\n"));
        try {
            return w.finish(timeoutMs);
        } finally {
            try {
                conn.nodeDeviceEventDeregisterAny(id);
            } catch (VirtException e) {
                // vshEventCleanup ignores failures
            }
        }
    }
}
