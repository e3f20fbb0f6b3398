package org.jvirt.driver.remote;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcStatus;
import org.jvirt.rpc.RpcStreamHole;
import org.jvirt.rpc.RpcType;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.RemoteErrors;
import org.jvirt.spi.StreamDriver;

/**
 * The client's end of a stream call (libvirt's virNetClientStream): packets on the call's serial. Sending writes
 * STREAM packets (CONTINUE with data, STREAM_HOLE for a hole); whatever the daemon sends on the serial is queued
 * by the reader and consumed here: data, the end (an empty CONTINUE), or an error, which fails the next
 * operation. Finish and
 * abort send OK or ERROR and wait for the daemon's answer, after which the serial is free again.
 */
final class RemoteStream implements StreamDriver {

    /** libvirt's VIR_NET_MESSAGE_LEGACY_PAYLOAD_MAX: the data of one packet. */
    static final int CHUNK = 262120;

    private final RemoteClient client;
    private final RpcHeader call;
    private final LinkedBlockingQueue<Object> incoming = new LinkedBlockingQueue<>();
    private byte[] pending;
    private int pendingOff;
    private boolean eof;
    private volatile CompletableFuture<RpcMessage> closing;
    private boolean serverEnded;

    RemoteStream(RemoteClient client, RpcHeader call) {
        this.client = client;
        this.call = call;
    }

    int serial() {
        return call.serial();
    }

    /**
     * On the reader: a packet for this stream. Once finish or abort waits, the daemon's answer (OK or an error)
     * goes to it, not to a recv another thread may have blocked in.
     */
    synchronized void incoming(RpcMessage m) {
        int status = m.header().status();
        CompletableFuture<RpcMessage> c = closing;
        if (c != null && (status == RpcStatus.OK.value() || status == RpcStatus.ERROR.value())) {
            c.complete(m);
            return;
        }
        if (status == RpcStatus.ERROR.value()) {
            serverEnded = true; // the daemon dropped the stream: it will answer nothing more on it
        }
        incoming.add(m);
    }

    /** On the reader: the link failed or closed; waiting operations fail with {@code why}. */
    synchronized void linkClosed(VirtException why) {
        CompletableFuture<RpcMessage> c = closing;
        if (c != null) {
            c.completeExceptionally(why);
        }
        incoming.add(why);
    }

    /** Sends the end packet and waits for the daemon's answer; null when the daemon already ended the stream. */
    private RpcMessage end(RpcStatus status) {
        CompletableFuture<RpcMessage> c = new CompletableFuture<>();
        synchronized (this) {
            if (serverEnded) {
                return null;
            }
            closing = c;
        }
        client.sendStreamPacket(packet(RpcType.STREAM, status, new byte[0]));
        try {
            return c.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof VirtException v) {
                throw new VirtException(v.error(), v);
            }
            throw e;
        }
    }

    /** After finish or abort: the serial is free again and a recv still blocked here ends. */
    private void closed(String function) {
        client.closeStream(this);
        incoming.add(org.jvirt.spi.Unsupported.call(function));
    }

    @Override
    public int send(byte[] data, int off, int len) {
        failIfErrored();
        for (int done = 0; done < len; ) {
            int n = Math.min(CHUNK, len - done);
            client.sendStreamPacket(packet(RpcType.STREAM, RpcStatus.CONTINUE,
                    java.util.Arrays.copyOfRange(data, off + done, off + done + n)));
            done += n;
        }
        return len;
    }

    @Override
    public void sendHole(long length, int flags) {
        failIfErrored();
        client.sendStreamPacket(RpcMessage.of(header(RpcType.STREAM_HOLE, RpcStatus.CONTINUE), RpcStreamHole.class,
                new RpcStreamHole(length, flags)));
    }

    @Override
    public int recv(byte[] buf, int off, int len) {
        while (pending == null) {
            if (eof) {
                return 0;
            }
            RpcMessage m = next();
            RpcHeader h = m.header();
            if (h.type() == RpcType.STREAM_HOLE.value()) {
                continue; // a hole read as data would need VIR_STREAM_RECV_STOP_AT_HOLE; plain reads skip it
            }
            if (h.status() == RpcStatus.ERROR.value()) {
                throw error(m);
            }
            if (h.status() == RpcStatus.CONTINUE.value()) {
                if (m.payload().length == 0) {
                    eof = true; // the daemon's end of data is an empty CONTINUE
                } else {
                    pending = m.payload();
                    pendingOff = 0;
                }
            }
        }
        int n = Math.min(len, pending.length - pendingOff);
        System.arraycopy(pending, pendingOff, buf, off, n);
        pendingOff += n;
        if (pendingOff == pending.length) {
            pending = null;
        }
        return n;
    }

    @Override
    public void finish() {
        try {
            RpcMessage answer = end(RpcStatus.OK);
            if (answer == null) {
                for (Object o : incoming) {
                    if (o instanceof RpcMessage m && m.header().status() == RpcStatus.ERROR.value()) {
                        throw error(m);
                    }
                }
                return;
            }
            if (answer.header().status() == RpcStatus.ERROR.value()) {
                throw error(answer);
            }
        } finally {
            closed("virStreamRecv");
        }
    }

    @Override
    public void abort() {
        try {
            // the daemon answers an abort with an error ("stream aborted at client request"): expected, not reported
            end(RpcStatus.ERROR);
        } catch (VirtException e) {
            // the link went: nothing is left to abort
        } finally {
            closed("virStreamRecv");
        }
    }

    /** An error the daemon already sent (e.g. a failed write of uploaded data) fails the next send. */
    private void failIfErrored() {
        Object head = incoming.peek();
        if (head instanceof VirtException e) {
            throw new VirtException(e.error(), e);
        }
        if (head instanceof RpcMessage m && m.header().status() == RpcStatus.ERROR.value()) {
            incoming.poll();
            throw error(m);
        }
    }

    private RpcMessage next() {
        Object o;
        try {
            o = incoming.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RemoteFailures.rpc("stream interrupted");
        }
        if (o instanceof VirtException e) {
            incoming.add(e); // every later operation fails alike
            throw new VirtException(e.error(), e);
        }
        return (RpcMessage) o;
    }

    private static VirtException error(RpcMessage m) {
        RemoteError err;
        try {
            err = m.body(RemoteError.class);
        } catch (RuntimeException e) {
            return RemoteFailures.rpc("Unable to decode message payload");
        }
        return RemoteErrors.fromWire(err);
    }

    private RpcHeader header(RpcType type, RpcStatus status) {
        return new RpcHeader(call.program(), call.version(), call.procedure(), type.value(), call.serial(), status.value());
    }

    private RpcMessage packet(RpcType type, RpcStatus status, byte[] data) {
        return new RpcMessage(header(type, status), data);
    }
}
