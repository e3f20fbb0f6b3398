package org.jvirt.virsh.storage;

import java.util.List;
import org.jvirt.Connect;
import org.jvirt.StoragePool;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.EventWait;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * pool-event [--pool P] --event lifecycle|refresh [--loop] [--timeout S] [--timestamp] | --list (cmdPoolEvent):
 * waits for the first storage pool event (or, with --loop, until the timeout) and prints how many arrived.
 */
public final class PoolEventCommand implements Command {

    private static final String[] LIFECYCLE = {"Defined", "Undefined", "Started", "Stopped", "Created", "Deleted"};

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int eventId = EventWait.eventId(sh, cmd, List.of("lifecycle", "refresh"));
        if (eventId < 0) {
            return eventId == EventWait.LISTED;
        }
        EventWait w = new EventWait(sh, cmd);
        long timeoutMs = EventWait.timeoutMs(cmd);
        // virsh goes on without a filter when the lookup fails; its error is reported if no event arrives
        StoragePool pool = null;
        VirtException lookup = null;
        if (cmd.has("pool")) {
            try {
                pool = Pools.pool(sh, cmd, "pool");
            } catch (VirtException e) {
                lookup = e;
            }
        }
        Connect conn = sh.conn();
        int id = conn.storagePoolEventRegisterAny(pool, eventId, (p, e, event, detail) -> w.event(e == 0
                ? "event 'lifecycle' for storage pool " + p.getName() + ": "
                        + (event >= 0 && event < LIFECYCLE.length ? LIFECYCLE[event] : "unknown") + "\n"
                : "event 'refresh' for storage pool " + p.getName() + "\n"));
        return w.finish(timeoutMs, lookup, () -> conn.storagePoolEventDeregisterAny(id));
    }
}
