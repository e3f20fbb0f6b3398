package org.jvirt;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import org.jvirt.event.DomainEvent;
import org.jvirt.event.DomainEventListener;
import org.jvirt.event.DomainEventType;
import org.jvirt.event.DomainLifecycleEvent;
import org.jvirt.event.DomainMetadataChangeEvent;
import org.jvirt.event.DomainRebootEvent;
import org.jvirt.spi.DomainEventBody;
import org.jvirt.spi.DomainEventCallback;
import org.jvirt.spi.DomainRef;

/**
 * A connection's event delivery. libvirt makes applications run an event loop (virEventRunDefaultImpl) for
 * callbacks to fire; jvirt instead gives each connection one virtual thread, started at the first registration,
 * that calls listeners in the order the driver raised the events. Drivers only enqueue (they may hold locks);
 * listeners run here, free to block or call back into the connection.
 */
final class EventDelivery {

    /** Looked up on first failure: creating a logger starts java.util.logging, milliseconds at every open. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger("org.jvirt.event");
    }
    private static final Runnable STOP = () -> { };

    private final Connect conn;
    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    /** One driver callback per listener object, so that the driver sees a repeated registration as libvirt does. */
    private final Map<DomainEventListener, DomainEventCallback> callbacks = new IdentityHashMap<>();
    /**
     * Deregistered ids: events already queued for them are dropped, so none arrives after deregistration
     * returns. Ids are never reused by a driver, and a set of dead ids (unlike a set of live ones) cannot miss an
     * event raised before the registering call has returned its id.
     */
    private final Set<Integer> dead = ConcurrentHashMap.newKeySet();
    private Thread thread;
    private boolean stopped;

    EventDelivery(Connect conn) {
        this.conn = conn;
    }

    /** The driver callback of a listener, starting the delivery thread if needed. */
    synchronized DomainEventCallback callbackFor(DomainEventListener listener) {
        if (thread == null && !stopped) {
            thread = Thread.ofVirtual().name("jvirt-events-" + conn.getURI()).start(this::run);
        }
        return callbacks.computeIfAbsent(listener, l -> (id, ref, body) -> queue.add(() -> deliver(l, id, ref, body)));
    }

    void deregistered(int callbackID) {
        dead.add(callbackID);
    }

    /** Lets queued events drain, then ends the thread; never waits, since a listener may be the one closing. */
    synchronized void stop() {
        stopped = true;
        if (thread != null) {
            queue.add(STOP);
        }
    }

    private void run() {
        while (true) {
            Runnable r;
            try {
                r = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (r == STOP) {
                return;
            }
            r.run();
        }
    }

    private void deliver(DomainEventListener listener, int callbackID, DomainRef ref, DomainEventBody body) {
        if (dead.contains(callbackID)) {
            return;
        }
        DomainEvent event = toEvent(ref, body);
        if (event == null) {
            return;
        }
        try {
            listener.onEvent(event);
        } catch (RuntimeException | Error e) {
            // one faulty listener must not end delivery for the others of the connection
            Log.LOG.log(System.Logger.Level.WARNING, "domain event listener failed", e);
        }
    }

    /** The public event of a driver payload; null for a type this build does not know (a newer server). */
    private DomainEvent toEvent(DomainRef ref, DomainEventBody body) {
        Domain dom = conn.domain(ref);
        return switch (body) {
            case DomainEventBody.Lifecycle l -> {
                DomainEventType t = DomainEventType.ofValue(l.event());
                yield t == null ? null : new DomainLifecycleEvent(dom, t, l.detail());
            }
            case DomainEventBody.Reboot r -> new DomainRebootEvent(dom);
            case DomainEventBody.MetadataChange m -> new DomainMetadataChangeEvent(dom, m.type(), m.nsuri());
        };
    }
}
