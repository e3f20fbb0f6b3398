package org.jvirt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jvirt.spi.ObjectEventCallback;

/**
 * Network or storage pool event delivery of one connection (one instance per kind): drivers hand events to
 * {@link #callbackFor}'s callback, which queues them for one thread (started on the first registration), so
 * listeners never run under a driver lock and see events in order. A deregistered id receives nothing more.
 */
final class ObjectEvents {

    private final String threadName;
    /** Ids deregistered: their queued events are dropped. */
    private final Map<Integer, Boolean> dead = new ConcurrentHashMap<>();
    private ExecutorService thread;

    ObjectEvents(String threadName) {
        this.threadName = threadName;
    }

    synchronized <R> ObjectEventCallback<R> callbackFor(ObjectEventCallback<R> listener) {
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(Thread.ofVirtual().name(threadName).factory());
        }
        ExecutorService t = thread;
        return (id, ref, eventID, event, detail) -> t.execute(() -> {
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

    synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }
}
