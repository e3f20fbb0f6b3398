package org.jvirt;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * A connection's domain event delivery. libvirt makes applications run an event loop (virEventRunDefaultImpl)
 * for callbacks to fire; jvirt instead runs listeners on the connection's {@link EventThread}.
 */
final class EventDelivery {

    /** Looked up on first failure: creating a logger starts java.util.logging, milliseconds at every open. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger("org.jvirt.event");
    }
    private final Connect conn;
    private final EventThread thread;
    /** One driver callback per listener object, so that the driver sees a repeated registration as libvirt does. */
    private final Map<DomainEventListener, DomainEventCallback> callbacks = new IdentityHashMap<>();
    /**
     * Deregistered ids: events already queued for them are dropped, so none arrives after deregistration
     * returns. Ids are never reused by a driver, and a set of dead ids (unlike a set of live ones) cannot miss an
     * event raised before the registering call has returned its id.
     */
    private final Set<Integer> dead = ConcurrentHashMap.newKeySet();

    EventDelivery(Connect conn, EventThread thread) {
        this.conn = conn;
        this.thread = thread;
    }

    /** The driver callback of a listener, starting the delivery thread if needed. */
    synchronized DomainEventCallback callbackFor(DomainEventListener listener) {
        thread.start("jvirt-events-" + conn.getURI());
        return callbacks.computeIfAbsent(listener, l -> (id, ref, body) -> thread.post(() -> deliver(l, id, ref, body)));
    }

    void deregistered(int callbackID) {
        dead.add(callbackID);
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
