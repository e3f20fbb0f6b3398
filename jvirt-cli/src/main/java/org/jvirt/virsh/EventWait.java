package org.jvirt.virsh;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/**
 * The waiting part virsh's event commands share (event, net-event, pool-event, nodedev-event): prints each
 * event line (with --timestamp, prefixed with the UTC time), stops at the first one unless --loop, and reports
 * how many arrived once the wait ends; the command succeeds when at least one did.
 */
public final class EventWait {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'+0000'");

    private final Shell sh;
    private final boolean loop;
    private final boolean timestamp;
    private int count;
    private boolean done;
    private boolean closed;

    /** What {@link #eventId} returns when --list printed the names (the command succeeds). */
    public static final int LISTED = -1;
    /** What {@link #eventId} returns when virsh's error was printed (the command fails). */
    public static final int REFUSED = -2;

    public EventWait(Shell sh, Invocation cmd) {
        this.sh = sh;
        this.loop = cmd.has("loop");
        this.timestamp = cmd.has("timestamp");
    }

    /**
     * The front of the object event commands: --list prints the kinds (one a line, in event id order) and
     * returns {@link #LISTED}; otherwise the id of the kind --event names, or {@link #REFUSED} with virsh's error.
     */
    public static int eventId(Shell sh, Invocation cmd, List<String> kinds) {
        if (cmd.has("list")) {
            StringBuilder out = new StringBuilder();
            kinds.forEach(k -> out.append(k).append('\n'));
            sh.print(out.toString());
            return LISTED;
        }
        String name = cmd.string("event");
        if (name == null) {
            sh.error("either --list or --event <type> is required");
            return REFUSED;
        }
        int id = kinds.indexOf(name);
        if (id < 0) {
            sh.error("unknown event type " + name);
            return REFUSED;
        }
        return id;
    }

    /** vshCommandOptTimeoutToMs: seconds, 1 to INT_MAX/1000; -1 (forever) when absent. */
    public static long timeoutMs(Invocation cmd) {
        if (!cmd.has("timeout")) {
            return -1;
        }
        String v = cmd.raw("timeout");
        long t = parseUnsigned(v);
        // a value virsh cannot read as an unsigned int is quoted as typed; one out of range as the number read
        if (t <= 0 || t > Integer.MAX_VALUE / 1000) {
            throw new OptionException("Numeric value '" + (t < 0 ? v : Long.toString(t))
                    + "' for <timeout> option is malformed or out of range");
        }
        return t * 1000;
    }

    /** The unsigned int virStrToLong_ui reads (leading blanks and '+' allowed, at most 2^32-1), or -1. */
    private static long parseUnsigned(String v) {
        try {
            String s = v.stripLeading();
            s = s.startsWith("+") ? s.substring(1) : s;
            if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
                return -1;
            }
            long t = Long.parseLong(s);
            return t <= 0xFFFFFFFFL ? t : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** One event's line (without the timestamp), from the connection's event thread. */
    public synchronized void event(String line) {
        if (closed || (!loop && count > 0)) {
            return;
        }
        String msg = timestamp ? ZonedDateTime.now(ZoneOffset.UTC).format(STAMP) + ": " + line : line;
        sh.print(msg);
        sh.out().flush();
        count++;
        if (!loop) {
            done = true;
            notifyAll();
        }
    }

    /** Waits, prints virsh's closing lines and tells whether any event arrived; no event is taken afterwards. */
    public boolean finish(long timeoutMs) {
        boolean timedOut = await(timeoutMs);
        synchronized (this) {
            closed = true;
            if (timedOut) {
                sh.print("event loop timed out\n");
            }
            sh.print("events received: " + count + "\n");
            return count > 0;
        }
    }

    /**
     * {@link #finish(long)}, then the registrations go whatever happened (vshEventCleanup ignores a failure to
     * deregister); a lookup of the object to watch that failed (virsh then watches them all) is reported when no
     * event arrived.
     */
    public boolean finish(long timeoutMs, VirtException lookup, Runnable deregister) {
        try {
            boolean ok = finish(timeoutMs);
            if (!ok && lookup != null) {
                sh.report(lookup);
            }
            return ok;
        } finally {
            try {
                deregister.run();
            } catch (VirtException e) {
                // as vshEventCleanup
            }
        }
    }

    /** True when the timeout ended the wait. */
    private synchronized boolean await(long timeoutMs) {
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
}
