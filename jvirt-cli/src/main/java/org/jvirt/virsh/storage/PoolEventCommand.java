package org.jvirt.virsh.storage;

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
        if (cmd.has("list")) {
            sh.print("lifecycle\nrefresh\n");
            return true;
        }
        String name = cmd.string("event");
        if (name == null) {
            sh.error("either --list or --event <type> is required");
            return false;
        }
        int eventId = switch (name) {
            case "lifecycle" -> 0;
            case "refresh" -> 1;
            default -> -1;
        };
        if (eventId < 0) {
            sh.error("unknown event type " + name);
            return false;
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
        try {
            boolean ok = w.finish(timeoutMs);
            if (!ok && lookup != null) {
                sh.report(lookup);
            }
            return ok;
        } finally {
            try {
                conn.storagePoolEventDeregisterAny(id);
            } catch (VirtException e) {
                // vshEventCleanup ignores failures
            }
        }
    }
}
