package org.jvirt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jvirt.event.NodeDeviceEventListener;
import org.jvirt.spi.NodeDeviceEventCallback;

/**
 * Node device event delivery of one connection: drivers hand events to {@link #callbackFor}'s callback, which
 * queues them for one thread per connection (started on the first registration), so listeners never run under
 * a driver lock and see events in order. A deregistered id receives nothing more.
 */
final class NodeDeviceEvents {

    private final Connect conn;
    /** Ids deregistered: their queued events are dropped. */
    private final Map<Integer, Boolean> dead = new ConcurrentHashMap<>();
    private ExecutorService thread;

    NodeDeviceEvents(Connect conn) {
        this.conn = conn;
    }

    synchronized NodeDeviceEventCallback callbackFor(NodeDeviceEventListener listener) {
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("jvirt-nodedev-events").factory());
        }
        ExecutorService t = thread;
        return (id, ref, eventID, event, detail) -> t.execute(() -> {
            if (!dead.containsKey(id)) {
                listener.onEvent(conn.nodeDevice(ref), eventID, event, detail);
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
