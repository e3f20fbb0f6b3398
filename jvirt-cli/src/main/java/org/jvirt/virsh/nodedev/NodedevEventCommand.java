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
        int eventId = EventWait.eventId(sh, cmd, EVENTS);
        if (eventId < 0) {
            return eventId == EventWait.LISTED;
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
        return w.finish(timeoutMs, null, () -> conn.nodeDeviceEventDeregisterAny(id));
    }
}
