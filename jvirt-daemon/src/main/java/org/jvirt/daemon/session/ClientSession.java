package org.jvirt.daemon.session;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.jvirt.daemon.net.Transport;
import org.jvirt.daemon.remote.ClientLink;
import org.jvirt.daemon.remote.RemoteClient;
import org.jvirt.daemon.remote.RemoteProgram;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcFraming;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.RpcType;

/**
 * One client connection (libvirt's virNetServerClient). One thread reads packets; each CALL runs on the
 * thread that read it while another of the session's threads takes over the reading (see readAndRun), so
 * replies go out in completion order, tagged with the call's serial. Writes take the session's lock, one packet at a time. At
 * most max_client_requests calls of a client run at once (further reading waits, as libvirt stops reading). When the client goes, however it goes, its Connect
 * and event registrations are released.
 */
public final class ClientSession implements ClientLink {

    private static final System.Logger LOG = System.getLogger("org.jvirt.daemon");

    private final Transport transport;
    private final Server server;
    private final RemoteClient remote;
    private final KeepAlive keepAlive;
    private final Semaphore requests;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ReentrantLock idleLock = new ReentrantLock();
    /** Threads of this session waiting to be handed the reading, most recent last. */
    private final java.util.ArrayDeque<Thread> idle = new java.util.ArrayDeque<>();
    private final int maxIdle;
    /** The thread the reading was last handed to; it reads once it sees itself here. */
    private volatile Thread reader;

    ClientSession(Transport transport, Server server) {
        this.transport = transport;
        this.server = server;
        this.remote = server.program().newClient(this);
        this.keepAlive = new KeepAlive(this, server.config().keepaliveInterval(), server.config().keepaliveCount());
        this.requests = new Semaphore(Math.max(1, server.config().maxClientRequests()));
        this.maxIdle = Math.max(1, server.config().maxClientRequests());
    }

    /** Starts the session and its reading; returns when the first call arrives or the client is gone. */
    void run() {
        try {
            transport.start();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "client " + describe() + " dropped: " + e.getMessage());
            close();
            return;
        }
        readAndRun();
    }

    /**
     * Leader/follower on platform threads: the thread holding the reading reads until a CALL arrives, passes the
     * reading on to an idle thread of this session (or a new one), runs the call, and then waits idle for the
     * reading to come back. The call starts without a thread hand-off, a slow call never holds up the client's
     * next packets (the follower reads them meanwhile, so replies still go out in completion order), and a
     * platform thread blocks in read(2) itself: a virtual thread would park on the JDK's poller, which costs two
     * more wake-ups and two epoll_ctl calls per packet (bench/rpc.sh measures the difference).
     */
    private void readAndRun() {
        while (true) {
            RpcMessage call = nextCall();
            if (call == null) {
                close();
                return;
            }
            try {
                passReading();
            } catch (RuntimeException | Error e) {
                requests.release();
                close();
                throw e;
            }
            try {
                server.runCall(() -> server.program().call(remote, call));
            } finally {
                requests.release();
            }
            if (!awaitReading()) {
                return;
            }
        }
    }

    /** Hands the reading to the most recently idle thread, or starts one when none waits. */
    private void passReading() {
        Thread next;
        idleLock.lock();
        try {
            next = idle.pollLast();
            // a new thread reads without looking here; null keeps this thread from taking the reading back
            reader = next;
        } finally {
            idleLock.unlock();
        }
        if (next != null) {
            LockSupport.unpark(next);
        } else {
            newThread(this::readAndRun, server.clientCount());
        }
    }

    /**
     * Waits until this thread is handed the reading; false when the session closed or enough threads already
     * wait (at most max_client_requests calls run at once, so more idle threads would never be used).
     */
    private boolean awaitReading() {
        Thread me = Thread.currentThread();
        idleLock.lock();
        try {
            if (closed.get() || idle.size() >= maxIdle) {
                return false;
            }
            idle.addLast(me);
        } finally {
            idleLock.unlock();
        }
        while (reader != me) {
            if (closed.get()) {
                return false;
            }
            LockSupport.park(this);
        }
        return !closed.get();
    }

    /**
     * While the daemon has few clients, session threads are platform threads (see readAndRun: the fewest
     * wake-ups per call); with many, virtual ones, which the JDK multiplexes over a core's worth of carriers
     * instead of hundreds of kernel threads switching (bench/rpc.sh's 256 clients run ~1.7x faster so).
     */
    static Thread newThread(Runnable task, int clients) {
        Thread.Builder b = clients <= PLATFORM_CLIENTS ? Thread.ofPlatform().daemon() : Thread.ofVirtual();
        return b.name("jvirtd-client").start(task);
    }

    /** Up to this many clients, sessions get platform threads. */
    static final int PLATFORM_CLIENTS = 16;

    /** The next CALL to run, a request slot already taken for it, or null when the client is gone. */
    private RpcMessage nextCall() {
        try {
            while (!closed.get()) {
                RpcMessage m = RpcFraming.read(transport.in());
                if (m == null) {
                    return null;
                }
                keepAlive.received();
                if (onMessage(m)) {
                    return m;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!closed.get()) {
                LOG.log(System.Logger.Level.DEBUG, () -> "client " + describe() + " dropped: " + e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** Handles a packet that is not a call to run; true when {@code m} is one (its request slot taken). */
    private boolean onMessage(RpcMessage m) throws InterruptedException {
        RpcHeader h = m.header();
        if (h.program() == RpcPrograms.KEEPALIVE && h.version() == RpcPrograms.KEEPALIVE_VERSION
                && h.type() == RpcType.MESSAGE.value() && keepAlive.enabled()) {
            if (h.procedure() == RpcPrograms.KEEPALIVE_PING) {
                send(KeepAlive.PONG);
            }
            return false;
        }
        boolean call = h.type() == RpcType.CALL.value() || h.type() == RpcType.CALL_WITH_FDS.value();
        if (!server.program().serves(h.program(), h.version())) {
            // libvirt answers only calls; other packets for unknown programs are dropped
            if (call) {
                send(RemoteProgram.error(h, VirtException.of(ErrorCode.RPC, ErrorDomain.RPC,
                        "Cannot find program " + h.program() + " version " + h.version()).error()));
            }
            return false;
        }
        if (h.type() == RpcType.CALL_WITH_FDS.value()) {
            // passing file descriptors needs SCM_RIGHTS, which jvirtd does not read; answer rather than misparse
            send(RemoteProgram.error(h, VirtException.of(ErrorCode.RPC, ErrorDomain.RPC,
                    "Unexpected message type " + h.type()).error()));
            return false;
        }
        if (h.type() == RpcType.STREAM.value() || h.type() == RpcType.STREAM_HOLE.value()) {
            // in order, on the reader: a stream's data must reach it in the order it was sent
            remote.streamPacket(m);
            return false;
        }
        if (!call) {
            // stray replies and messages: libvirt drops them silently
            return false;
        }
        requests.acquire();
        return true;
    }

    @Override
    public boolean send(RpcMessage message) {
        if (closed.get()) {
            return false;
        }
        boolean failed = false;
        writeLock.lock();
        try {
            RpcFraming.write(transport.out(), message);
        } catch (IOException e) {
            failed = true;
        } finally {
            writeLock.unlock();
        }
        if (failed) {
            close();
        }
        return !failed;
    }

    /** Sends unless another packet is being written right now (keepalive must not queue behind a stuck write). */
    boolean trySend(RpcMessage message) {
        if (closed.get() || !writeLock.tryLock()) {
            return false;
        }
        boolean failed = false;
        try {
            RpcFraming.write(transport.out(), message);
        } catch (IOException e) {
            failed = true;
        } finally {
            writeLock.unlock();
        }
        if (failed) {
            close();
        }
        return !failed;
    }

    void drop(String why) {
        LOG.log(System.Logger.Level.INFO, () -> "dropping client " + describe() + ": " + why);
        close();
    }

    /** Closes the socket and releases the client's Connect and registrations; only the first call acts. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        transport.close();
        keepAlive.stop();
        wakeIdle();
        try {
            remote.release();
        } finally {
            server.removed(this);
        }
    }

    private void wakeIdle() {
        idleLock.lock();
        try {
            for (Thread t : idle) {
                LockSupport.unpark(t);
            }
            idle.clear();
        } finally {
            idleLock.unlock();
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    @Override
    public void startKeepAlive() {
        keepAlive.start();
    }

    @Override
    public boolean readOnly() {
        return transport.readOnly();
    }

    @Override
    public String describe() {
        return transport.describe();
    }

    RemoteClient remote() {
        return remote;
    }
}
