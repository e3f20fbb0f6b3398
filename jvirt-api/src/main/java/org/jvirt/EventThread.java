package org.jvirt;

import java.util.concurrent.LinkedBlockingQueue;

/**
 * The one thread that runs a connection's event listeners, of every kind (domain, network, storage pool, node
 * device), in the order the drivers raised the events, as libvirt's single event loop does. It starts with the
 * first registration; drivers only enqueue (they may hold locks), listeners run here, free to block or call back
 * into the connection.
 */
final class EventThread {

    private static final Runnable STOP = () -> { };

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private Thread thread;
    private boolean stopped;

    /** Starts the thread if it is not running (never again after {@link #stop}). */
    synchronized void start(String name) {
        if (thread == null && !stopped) {
            thread = Thread.ofVirtual().name(name).start(this::run);
        }
    }

    void post(Runnable delivery) {
        queue.add(delivery);
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
}
