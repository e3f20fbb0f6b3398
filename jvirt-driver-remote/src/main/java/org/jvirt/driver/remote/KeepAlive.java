package org.jvirt.driver.remote;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * libvirt's keepalive state (virkeepalive.c) for one connection: any packet from the peer proves it alive and
 * resets the count; after {@code interval} of silence a PING goes out and the count drops by one; when the
 * count is exhausted and another interval passes in silence, the peer is declared dead. So a dead peer is
 * noticed about interval * (count + 1) after its last packet.
 */
final class KeepAlive {

    /** libvirt's defaults for both ends (keepalive_interval, keepalive_count). */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    static final int DEFAULT_COUNT = 5;

    interface Peer {
        /** Sends a PING without blocking the caller for long. */
        void ping();

        /** Declares the connection dead. */
        void dead();
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final long intervalNanos;
    private final int count;
    private int countToDeath;
    private long intervalStart = System.nanoTime();
    private boolean stopped;

    KeepAlive(Duration interval, int count) {
        this.intervalNanos = interval.toNanos();
        this.count = count;
        this.countToDeath = count;
    }

    /** Starts the timer thread; it ends when {@link #stop()} is called or the peer is declared dead. */
    void start(Peer peer) {
        Thread.ofVirtual().name("jvirt-remote-keepalive").start(() -> run(peer));
    }

    /** virKeepAliveCheckMessage: a packet arrived. */
    void received() {
        lock.lock();
        try {
            countToDeath = count;
            intervalStart = System.nanoTime();
        } finally {
            lock.unlock();
        }
    }

    void stop() {
        lock.lock();
        try {
            stopped = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run(Peer peer) {
        while (true) {
            boolean ping;
            lock.lock();
            try {
                long wait;
                while (!stopped && (wait = intervalStart + intervalNanos - System.nanoTime()) > 0) {
                    changed.awaitNanos(wait);
                }
                if (stopped) {
                    return;
                }
                ping = countToDeath > 0;
                if (ping) {
                    countToDeath--;
                    intervalStart = System.nanoTime();
                } else {
                    stopped = true;
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            if (ping) {
                peer.ping();
            } else {
                peer.dead();
                return;
            }
        }
    }
}
