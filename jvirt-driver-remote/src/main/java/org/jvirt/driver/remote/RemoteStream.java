package org.jvirt.driver.remote;

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

    RemoteStream(RemoteClient client, RpcHeader call) {
        this.client = client;
        this.call = call;
    }

    int serial() {
        return call.serial();
    }

    /** On the reader: a packet for this stream. */
    void incoming(RpcMessage m) {
        incoming.add(m);
    }

    /** On the reader: the link failed or closed; waiting operations fail with {@code why}. */
    void linkClosed(VirtException why) {
        incoming.add(why);
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
            client.sendStreamPacket(packet(RpcType.STREAM, RpcStatus.OK, new byte[0]));
            while (true) {
                RpcMessage m = next();
                int status = m.header().status();
                if (status == RpcStatus.ERROR.value()) {
                    throw error(m);
                }
                if (status == RpcStatus.OK.value()) {
                    return; // the confirmation; data still queued (an unread download) is dropped
                }
            }
        } finally {
            client.closeStream(this);
        }
    }

    @Override
    public void abort() {
        try {
            client.sendStreamPacket(packet(RpcType.STREAM, RpcStatus.ERROR, new byte[0]));
            // the daemon answers an abort with an error ("stream aborted at client request"): expected, not reported
            while (true) {
                RpcMessage m = next();
                int status = m.header().status();
                if (status == RpcStatus.ERROR.value() || status == RpcStatus.OK.value()) {
                    return;
                }
            }
        } catch (VirtException e) {
            // the link went: nothing is left to abort
        } finally {
            client.closeStream(this);
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
