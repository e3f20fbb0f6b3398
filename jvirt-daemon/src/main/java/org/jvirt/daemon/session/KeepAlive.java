package org.jvirt.daemon.session;

import java.util.concurrent.TimeUnit;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;

/**
 * libvirt's keepalive for one client (virkeepalive.c). Any packet from the client proves it alive. Once the
 * client has said it understands keepalive, every {@code interval} seconds without a packet the daemon sends a
 * PING; after {@code count} PINGs without a packet in between the client is dropped, so a dead peer frees its
 * slot within interval * (count + 1) seconds. An interval of 0 or less disables it, as in libvirt.
 */
final class KeepAlive {

    static final RpcMessage PING = new RpcMessage(
            RpcHeader.message(RpcPrograms.KEEPALIVE, RpcPrograms.KEEPALIVE_VERSION, RpcPrograms.KEEPALIVE_PING), new byte[0]);
    static final RpcMessage PONG = new RpcMessage(
            RpcHeader.message(RpcPrograms.KEEPALIVE, RpcPrograms.KEEPALIVE_VERSION, RpcPrograms.KEEPALIVE_PONG), new byte[0]);

    private final ClientSession session;
    private final int interval;
    private final int count;
    private volatile long lastReceived = System.nanoTime();
    private volatile int unanswered;
    private Thread timer;

    KeepAlive(ClientSession session, int interval, int count) {
        this.session = session;
        this.interval = interval;
        this.count = count;
    }

    /** Whether PING/PONG are understood at all (libvirt creates no keepalive object when disabled). */
    boolean enabled() {
        return interval > 0;
    }

    void received() {
        lastReceived = System.nanoTime();
        unanswered = 0;
    }

    synchronized void start() {
        if (timer != null || !enabled()) {
            return;
        }
        timer = Thread.ofVirtual().name("jvirtd-keepalive").start(this::run);
    }

    synchronized void stop() {
        if (timer != null) {
            timer.interrupt();
        }
    }

    private void run() {
        long period = TimeUnit.SECONDS.toNanos(interval);
        try {
            while (!session.isClosed()) {
                long idle = System.nanoTime() - lastReceived;
                if (idle < period) {
                    TimeUnit.NANOSECONDS.sleep(period - idle);
                    continue;
                }
                if (unanswered >= count) {
                    session.drop("No response from client after " + count + " keepalive messages in "
                            + (long) interval * count + " seconds");
                    return;
                }
                unanswered++;
                // never wait behind a reply stuck on a client that does not read: that is what we detect
                session.trySend(PING);
                TimeUnit.SECONDS.sleep(interval);
            }
        } catch (InterruptedException e) {
            // the session closed
        }
    }
}
