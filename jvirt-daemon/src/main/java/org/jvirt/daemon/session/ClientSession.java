package org.jvirt.daemon.session;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * One client connection (libvirt's virNetServerClient). A virtual thread reads packets; each CALL runs on
 * its own virtual thread (the one that read it, while a new one takes over the reading), so replies go out in
 * completion order, tagged with the call's serial. Writes take the session's lock, one packet at a time. At
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
    private final String readerName;

    ClientSession(Transport transport, Server server) {
        this.transport = transport;
        this.server = server;
        this.remote = server.program().newClient(this);
        this.keepAlive = new KeepAlive(this, server.config().keepaliveInterval(), server.config().keepaliveCount());
        this.requests = new Semaphore(Math.max(1, server.config().maxClientRequests()));
        this.readerName = "jvirtd-client " + transport.describe();
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
     * Reads until a CALL arrives, passes the reading on to a fresh virtual thread and runs the call on this one
     * (leader/follower): the call starts without waiting for another thread to be scheduled, and a slow call
     * still never holds up the client's next packets, which its follower reads meanwhile.
     */
    private void readAndRun() {
        RpcMessage call = nextCall();
        if (call == null) {
            close();
            return;
        }
        try {
            Thread.ofVirtual().name(readerName).start(this::readAndRun);
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
    }

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
        if (h.program() != RpcPrograms.REMOTE || h.version() != RpcPrograms.REMOTE_VERSION) {
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
        if (!call) {
            // stream data for no stream, stray replies: libvirt drops them silently
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
        try {
            remote.release();
        } finally {
            server.removed(this);
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
