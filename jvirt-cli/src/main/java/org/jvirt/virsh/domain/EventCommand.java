package org.jvirt.virsh.domain;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEvent;
import org.jvirt.event.DomainEventId;
import org.jvirt.event.DomainLifecycleEvent;
import org.jvirt.event.DomainMetadataChangeEvent;
import org.jvirt.event.DomainRebootEvent;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/**
 * event [--domain D] [--event NAME | --all] [--loop] [--timeout N] [--timestamp] | --list (virsh-domain-event.c):
 * registers for the events, waits for the first one (or, with --loop, until the timeout), then prints how many
 * arrived; false when none did. Events raised before the registration are not seen, as in libvirt.
 */
public final class EventCommand implements Command {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'+0000'");
    private static final String[] METADATA_TYPES = {"description", "title", "element"};

    private enum End { DONE, TIMEOUT }

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        boolean loop = cmd.has("loop");
        boolean timestamp = cmd.has("timestamp");
        boolean all = cmd.has("all");
        Opts.exclusive(cmd, "all", "event");
        Opts.exclusive(cmd, "list", "all");
        Opts.exclusive(cmd, "list", "event");
        if (cmd.has("list")) {
            StringBuilder out = new StringBuilder();
            for (DomainEventId id : DomainEventId.values()) {
                out.append(id.virshName()).append('\n');
            }
            sh.print(out.toString());
            return true;
        }
        String name = cmd.string("event");
        DomainEventId only = null;
        if (name != null) {
            only = DomainEventId.ofVirshName(name);
            if (only == null) {
                sh.error("unknown event type " + name);
                return false;
            }
        } else if (!all) {
            sh.error("one of --list, --all, or --event <type> is required");
            return false;
        }
        long timeoutMs = timeoutMs(cmd);
        Domain dom = null;
        if (cmd.has("domain")) {
            dom = sh.domain(cmd);
            if (dom == null) {
                return false;
            }
        }
        Waiter w = new Waiter(sh, loop, timestamp);
        Connect conn = sh.conn();
        List<Integer> ids = new ArrayList<>();
        try {
            List<DomainEventId> kinds = all ? List.of(DomainEventId.values()) : List.of(only);
            for (int i = 0; i < kinds.size(); i++) {
                try {
                    ids.add(conn.domainEventRegisterAny(dom, kinds.get(i), w::onEvent));
                } catch (VirtException e) {
                    // with --all, later kinds an older server does not know are skipped silently
                    if (i == 0) {
                        throw e;
                    }
                }
            }
            End end = w.await(timeoutMs);
            synchronized (w) {
                if (end == End.TIMEOUT) {
                    sh.print("event loop timed out\n");
                }
                sh.print("events received: " + w.count + "\n");
                return w.count > 0;
            }
        } finally {
            for (int id : ids) {
                try {
                    conn.domainEventDeregisterAny(id);
                } catch (VirtException e) {
                    // vshEventCleanup ignores failures
                }
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
        long t = parseUnsigned(v);
        if (t <= 0 || t > Integer.MAX_VALUE / 1000) {
            throw new OptionException("Numeric value '" + (t < 0 ? v : Long.toString(t))
                    + "' for <timeout> option is malformed or out of range");
        }
        return t * 1000;
    }

    /** The unsigned int virStrToLong_ui reads, or -1. */
    private static long parseUnsigned(String v) {
        try {
            String s = v.stripLeading();
            s = s.startsWith("+") ? s.substring(1) : s;
            if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
                return -1;
            }
            long t = Long.parseLong(s);
            return t >= 0 && t <= 0xFFFFFFFFL ? t : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The registrations' shared state: the count, printing, and the wake-up of the waiting command. */
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

        synchronized void onEvent(DomainEvent ev) {
            if (closed || (!loop && count > 0)) {
                return;
            }
            String msg = text(ev);
            if (msg == null) {
                return;
            }
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

        synchronized End await(long timeoutMs) {
            long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
            try {
                while (!done) {
                    if (timeoutMs < 0) {
                        wait();
                    } else {
                        long left = (deadline - System.nanoTime()) / 1_000_000L;
                        if (left <= 0) {
                            return End.TIMEOUT;
                        }
                        wait(left);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return End.DONE;
        }

        synchronized void close() {
            closed = true;
        }

        private static String text(DomainEvent ev) {
            String dom = ev.domain().getName();
            return switch (ev) {
                case DomainLifecycleEvent l -> "event 'lifecycle' for domain '" + dom + "': " + l.virshText() + "\n";
                case DomainRebootEvent r -> "event 'reboot' for domain '" + dom + "'\n";
                case DomainMetadataChangeEvent m -> "event 'metadata-change' for domain '" + dom + "': type "
                        + (m.type() >= 0 && m.type() < METADATA_TYPES.length ? METADATA_TYPES[m.type()] : "unknown")
                        + ", uri " + (m.nsuri() == null ? "n/a" : m.nsuri()) + "\n";
            };
        }
    }
}
