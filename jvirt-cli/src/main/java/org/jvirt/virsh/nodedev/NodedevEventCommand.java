package org.jvirt.virsh.nodedev;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.NodeDevice;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/**
 * nodedev-event [--device D] --event lifecycle|update [--loop] [--timeout N] [--timestamp] | --list: waits for
 * the first event (or, with --loop, until the timeout) and prints how many arrived; false when none did.
 */
public final class NodedevEventCommand implements Command {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'+0000'");
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
        Waiter w = new Waiter(sh, cmd.has("loop"), cmd.has("timestamp"));
        long timeoutMs = timeoutMs(cmd);
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
        int id = conn.nodeDeviceEventRegisterAny(dev, eventId, w::onEvent);
        try {
            boolean timedOut = w.await(timeoutMs);
            synchronized (w) {
                if (timedOut) {
                    sh.print("event loop timed out\n");
                }
                sh.print("events received: " + w.count + "\n");
                return w.count > 0;
            }
        } finally {
            try {
                conn.nodeDeviceEventDeregisterAny(id);
            } catch (VirtException e) {
                // vshEventCleanup ignores failures
            }
            w.close();
        }
    }

    /** vshCommandOptTimeoutToMs: seconds, 1 to INT_MAX/1000; -1 (forever) when absent. */
    private static long timeoutMs(Invocation cmd) {
        if (!cmd.has("timeout")) {
            return -1;
        }
        String v = cmd.raw("timeout");
        long t;
        try {
            String s = v.stripLeading();
            s = s.startsWith("+") ? s.substring(1) : s;
            t = !s.isEmpty() && Character.isDigit(s.charAt(0)) ? Long.parseLong(s) : -1;
        } catch (NumberFormatException e) {
            t = -1;
        }
        if (t <= 0 || t > Integer.MAX_VALUE / 1000) {
            throw new OptionException("Numeric value '" + (t < 0 ? v : Long.toString(t))
                    + "' for <timeout> option is malformed or out of range");
        }
        return t * 1000;
    }

    private static final class Waiter {
        private final Shell sh;
        private final boolean loop;
        private final boolean timestamp;
        int count;
        private boolean done;
        private boolean closed;

        Waiter(Shell sh, boolean loop, boolean timestamp) {
            this.sh = sh;
            this.loop = loop;
            this.timestamp = timestamp;
        }

        synchronized void onEvent(NodeDevice dev, int eventId, int event, int detail) {
            if (closed || (!loop && count > 0)) {
                return;
            }
            String msg = eventId == 0
                    ? "event 'lifecycle' for node device " + dev.getName() + ": "
                            + (event >= 0 && event < LIFECYCLE.length ? LIFECYCLE[event] : "unknown") + "\n"
                    : "event 'update' for node device " + dev.getName() + "\n";
            if (timestamp) {
                msg = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP) + ": " + msg;
            }
            sh.print(msg);
            sh.out().flush();
            count++;
            if (!loop) {
                done = true;
                notifyAll();
            }
        }

        /** True when the timeout ended the wait. */
        synchronized boolean await(long timeoutMs) {
            long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
            try {
                while (!done) {
                    if (timeoutMs < 0) {
                        wait();
                    } else {
                        long left = (deadline - System.nanoTime()) / 1_000_000L;
                        if (left <= 0) {
                            return true;
                        }
                        wait(left);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }

        synchronized void close() {
            closed = true;
        }
    }
}
