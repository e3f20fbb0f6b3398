package org.jvirt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jvirt.spi.ObjectEventCallback;

/**
 * Network, storage pool or node device event delivery of one connection (one instance per kind): drivers hand
 * events to {@link #callbackFor}'s callback, which queues them for the connection's {@link EventThread}, so
 * listeners never run under a driver lock and see every kind of event in order. A deregistered id receives
 * nothing more.
 */
final class ObjectEvents {

    private final String threadName;
    private final EventThread thread;
    /** Ids deregistered: their queued events are dropped. */
    private final Map<Integer, Boolean> dead = new ConcurrentHashMap<>();

    ObjectEvents(String threadName, EventThread thread) {
        this.threadName = threadName;
        this.thread = thread;
    }

    synchronized <R> ObjectEventCallback<R> callbackFor(ObjectEventCallback<R> listener) {
        thread.start(threadName);
        return (id, ref, eventID, event, detail) -> thread.post(() -> {
            if (!dead.containsKey(id)) {
                listener.onObjectEvent(id, ref, eventID, event, detail);
            }
        });
    }

    void registered(int id) {
        dead.remove(id);
    }

    void deregistered(int id) {
        dead.put(id, Boolean.TRUE);
    }
}
