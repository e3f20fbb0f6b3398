package org.jvirt.driver.remote;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcFraming;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcLimits;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcProtocolException;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.RpcStatus;
import org.jvirt.rpc.RpcType;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.RemoteErrors;
import org.jvirt.rpc.remote.RemoteProcedure;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * One RPC connection to a daemon (libvirt's virNetClient): any number of threads call at once; each call gets a
 * serial, its packet is written under one lock, and one platform thread reads every packet, handing replies to
 * their callers by (program, version, serial) in whatever order they come, events to the listener, and
 * answering the daemon's keepalive PINGs. When the link fails, every waiting call fails with the link's error
 * (libvirt's texts) and later calls with "client socket is closed"; nothing waits forever.
 */
final class RemoteClient implements AutoCloseable {

    /** What the connection's owner hears. Both run on the reader thread and must not block. */
    interface Listener {
        /** A MESSAGE packet of the REMOTE program: an event. */
        void onEvent(RpcMessage message);

        /** The connection ended; {@code error} is null when the client closed it. */
        void onClose(VirtException error);
    }

    private record Pending(int program, int version, CompletableFuture<RpcMessage> reply,
                           Consumer<RpcMessage> onReader) {
    }

    /** Open connections of this process, and up to how many of them read on a platform thread. */
    private static final AtomicInteger OPEN = new AtomicInteger();
    private static final int PLATFORM_READERS = 16;

    private final RemoteChannel channel;
    private final Listener listener;
    private final OutputStream out;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicInteger serials = new AtomicInteger();
    private final ConcurrentHashMap<Integer, Pending> pending = new ConcurrentHashMap<>();
    /** Open streams by their call's serial: packets on it after the call's reply are theirs. */
    private final ConcurrentHashMap<Integer, RemoteStream> streams = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile KeepAlive keepAlive;
    private volatile VirtException failure;

    RemoteClient(RemoteChannel channel, Listener listener) {
        this.channel = channel;
        this.listener = listener;
        this.out = channel.output();
        // A platform thread, not a virtual one: it blocks in read(2) itself and wakes its caller directly. A
        // virtual reader parks on the JDK's poller instead, which costs two more thread wake-ups and two
        // epoll_ctl calls per reply (bench/rpc.sh: the 1-client round trip is mostly those hand-offs).
        // With many connections in one process (a benchmark's 256 clients) kernel threads switching cost more
        // than the poller's hand-offs: past PLATFORM_READERS open connections, readers are virtual.
        Thread.Builder reader = OPEN.incrementAndGet() <= PLATFORM_READERS ? Thread.ofPlatform().daemon()
                : Thread.ofVirtual();
        reader.name("jvirt-remote-reader").start(this::readLoop);
    }

    boolean isOpen() {
        return !closed.get();
    }

    boolean encrypted() {
        return channel.encrypted();
    }

    /** Why the link failed, or null while it is up or when the client closed it. */
    VirtException failure() {
        return failure;
    }

    /** A REMOTE program call: the reply's body, or the daemon's error rethrown with its full record. */
    <A, R> R call(RemoteProcedure<A, R> proc, A args) {
        return decode(exchange(proc, args, null), proc);
    }

    /**
     * As {@link #call(RemoteProcedure, Object)}, and {@code onReader} sees the successful result on the reader
     * thread before any later packet is read: an event registration uses it so that no event sent right after
     * the reply can find its callback missing.
     */
    <A, R> R call(RemoteProcedure<A, R> proc, A args, Consumer<R> onReader) {
        return decode(exchange(proc, args, m -> onReader.accept(decode(m, proc))), proc);
    }

    /**
     * A stream call (proc.stream() is not NONE): the stream is registered before the call goes out, so no packet
     * after the reply can miss it, and dropped again when the call fails.
     */
    <A> RemoteStream openStream(RemoteProcedure<A, ?> proc, A args) {
        int serial = serials.getAndIncrement();
        RemoteStream st = new RemoteStream(this, RpcHeader.call(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION,
                proc.number(), serial));
        streams.put(serial, st);
        try {
            decode(exchange(proc, args, null, serial), proc);
            return st;
        } catch (RuntimeException e) {
            streams.remove(serial, st);
            throw e;
        }
    }

    /** As {@link #openStream}, for a call whose reply carries a result too (a screenshot's MIME type). */
    <A, R> java.util.Map.Entry<RemoteStream, R> openStreamWithResult(RemoteProcedure<A, R> proc, A args) {
        int serial = serials.getAndIncrement();
        RemoteStream st = new RemoteStream(this, RpcHeader.call(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION,
                proc.number(), serial));
        streams.put(serial, st);
        try {
            R r = decode(exchange(proc, args, null, serial), proc);
            return java.util.Map.entry(st, r);
        } catch (RuntimeException e) {
            streams.remove(serial, st);
            throw e;
        }
    }

    /** A stream's own packet (data, hole, finish, abort). */
    void sendStreamPacket(RpcMessage m) {
        if (closed.get()) {
            throw failure != null ? new VirtException(failure.error(), failure) : RemoteFailures.closed();
        }
        send(m.encode());
    }

    void closeStream(RemoteStream st) {
        streams.remove(st.serial(), st);
    }

    private <A> RpcMessage exchange(RemoteProcedure<A, ?> proc, A args, Consumer<RpcMessage> onReader) {
        return exchange(proc, args, onReader, serials.getAndIncrement());
    }

    private <A> RpcMessage exchange(RemoteProcedure<A, ?> proc, A args, Consumer<RpcMessage> onReader, int serial) {
        if (closed.get()) {
            throw RemoteFailures.closed();
        }
        byte[] packet;
        try {
            packet = RpcMessage.of(RpcHeader.call(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION, proc.number(),
                    serial), proc.args(), args).encode();
        } catch (RuntimeException e) {
            // over a bound (XdrException) or a missing non-optional value: libvirt's xdr encoder fails alike
            throw RemoteFailures.rpc("Unable to encode message payload");
        }
        if (packet.length - RpcLimits.LENGTH_SIZE > RpcLimits.MESSAGE_MAX) {
            throw RemoteFailures.rpc("Unable to encode message payload");
        }
        Pending p = new Pending(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION, new CompletableFuture<>(), onReader);
        pending.put(serial, p);
        // a close racing with the put has either seen this call or is visible here (see shutdown)
        if (closed.get()) {
            pending.remove(serial);
            throw RemoteFailures.closed();
        }
        send(packet);
        try {
            return p.reply().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof VirtException v) {
                throw new VirtException(v.error(), v);
            }
            throw e;
        }
    }

    private <R> R decode(RpcMessage reply, RemoteProcedure<?, R> proc) {
        RpcStatus status = reply.header().rpcStatus();
        if (status == RpcStatus.OK) {
            if (proc.ret() == XdrVoid.class) {
                return null;
            }
            try {
                return reply.body(proc.ret());
            } catch (RuntimeException e) {
                throw RemoteFailures.rpc("Unable to decode message payload");
            }
        }
        if (status == RpcStatus.ERROR) {
            RemoteError err;
            try {
                err = reply.body(RemoteError.class);
            } catch (RuntimeException e) {
                throw RemoteFailures.rpc("Unable to decode message payload");
            }
            throw RemoteErrors.fromWire(err);
        }
        throw RemoteFailures.rpc("Unexpected message status " + reply.header().status());
    }

    /** Writes one whole packet; a failed write ends the connection for everyone, as in libvirt. */
    private void send(byte[] packet) {
        writeLock.lock();
        try {
            out.write(packet);
            out.flush();
        } catch (IOException e) {
            shutdown(channel.writeFailed(e));
        } finally {
            writeLock.unlock();
        }
    }

    /** Keepalive messages go out on their own thread so the reader never waits behind a blocked writer. */
    private void sendAsync(int procedure) {
        byte[] packet = new RpcMessage(RpcHeader.message(RpcPrograms.KEEPALIVE, RpcPrograms.KEEPALIVE_VERSION,
                procedure), new byte[0]).encode();
        Thread.ofVirtual().name("jvirt-remote-keepalive-send").start(() -> {
            if (!closed.get()) {
                send(packet);
            }
        });
    }

    /** virConnectSetKeepAlive: PING after {@code interval} of silence, give up after {@code count} unanswered. */
    void startKeepAlive(Duration interval, int count) {
        KeepAlive ka = new KeepAlive(interval, count);
        keepAlive = ka;
        ka.start(new KeepAlive.Peer() {
            @Override
            public void ping() {
                sendAsync(RpcPrograms.KEEPALIVE_PING);
            }

            @Override
            public void dead() {
                shutdown(RemoteFailures.keepaliveTimeout());
            }
        });
        if (closed.get()) {
            ka.stop();
        }
    }

    private void readLoop() {
        // one read per packet (length and body together) when the packet is already there; only this thread reads
        InputStream in = new BufferedInputStream(channel.input(), 16 * 1024);
        while (!closed.get()) {
            VirtException fatal;
            try {
                RpcMessage m = RpcFraming.read(in);
                if (m == null) {
                    fatal = channel.eof();
                } else {
                    KeepAlive ka = keepAlive;
                    if (ka != null) {
                        ka.received();
                    }
                    fatal = dispatch(m);
                }
            } catch (RpcProtocolException e) {
                fatal = RemoteFailures.rpc(e.getMessage());
            } catch (java.io.EOFException e) {
                fatal = channel.eof();
            } catch (IOException e) {
                fatal = closed.get() ? null : channel.readFailed(e);
            } catch (RuntimeException e) {
                // whatever a hostile peer sends must end this connection, never the reader alone
                fatal = RemoteFailures.rpc("Unable to decode message header");
            }
            if (fatal != null || closed.get()) {
                shutdown(fatal);
                return;
            }
        }
    }

    /** One incoming packet; a non-null result is a protocol violation that ends the connection. */
    private VirtException dispatch(RpcMessage m) {
        RpcHeader h = m.header();
        RpcType type = h.rpcType();
        RemoteStream st = streams.get(h.serial());
        if (st != null && !pending.containsKey(h.serial()) && h.program() == RpcPrograms.REMOTE
                && (type == RpcType.STREAM || type == RpcType.STREAM_HOLE || type == RpcType.REPLY)) {
            // after the stream call's reply: data, the end, or the answer to a finish or an abort
            st.incoming(m);
            return null;
        }
        if (type == RpcType.REPLY || type == RpcType.REPLY_WITH_FDS) {
            Pending p = pending.get(h.serial());
            if (p == null || p.program() != h.program() || p.version() != h.version()) {
                return RemoteFailures.rpc(String.format("no call waiting for reply with prog %d vers %d serial %d",
                        h.program(), h.version(), h.serial()));
            }
            pending.remove(h.serial());
            if (p.onReader() != null && h.rpcStatus() == RpcStatus.OK) {
                try {
                    p.onReader().accept(m);
                } catch (RuntimeException e) {
                    // the caller decodes again and reports the problem itself
                }
            }
            p.reply().complete(m);
            return null;
        }
        if (type == RpcType.MESSAGE) {
            if (h.program() == RpcPrograms.KEEPALIVE && h.version() == RpcPrograms.KEEPALIVE_VERSION) {
                if (h.procedure() == RpcPrograms.KEEPALIVE_PING) {
                    sendAsync(RpcPrograms.KEEPALIVE_PONG);
                }
                return null;
            }
            if (h.program() == RpcPrograms.REMOTE && h.version() == RpcPrograms.REMOTE_VERSION) {
                try {
                    listener.onEvent(m);
                } catch (RuntimeException e) {
                    // a malformed or unknown event is dropped, as libvirt drops what it cannot decode
                }
            }
            return null;
        }
        if (type == RpcType.STREAM || type == RpcType.STREAM_HOLE) {
            // a stream already finished or aborted, or none: libvirt ignores packets for unknown streams
            return null;
        }
        return RemoteFailures.rpc(String.format("got unexpected RPC call prog %d vers %d proc %d type %d",
                h.program(), h.version(), h.procedure(), h.type()));
    }

    /**
     * Ends the connection once: later calls see "client socket is closed", waiting calls get {@code error}
     * (the close's own error when the client closed it).
     */
    private void shutdown(VirtException error) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        failure = error;
        OPEN.decrementAndGet();
        KeepAlive ka = keepAlive;
        if (ka != null) {
            ka.stop();
        }
        channel.close();
        VirtException reason = error != null ? error : RemoteFailures.closed();
        for (Integer serial : pending.keySet()) {
            Pending p = pending.remove(serial);
            if (p != null) {
                p.reply().completeExceptionally(reason);
            }
        }
        for (RemoteStream st : streams.values()) {
            st.linkClosed(reason);
        }
        streams.clear();
        try {
            listener.onClose(error);
        } catch (RuntimeException e) {
            // the connection is closed either way
        }
    }

    /** Closes the link (after the owner's CONNECT_CLOSE); idempotent. */
    @Override
    public void close() {
        shutdown(null);
    }
}
