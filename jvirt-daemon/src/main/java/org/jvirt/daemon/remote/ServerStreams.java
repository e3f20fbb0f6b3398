package org.jvirt.daemon.remote;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jvirt.Stream;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtError;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcStatus;
import org.jvirt.rpc.RpcStreamHole;
import org.jvirt.rpc.RpcType;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.RemoteErrors;

/**
 * One client's open streams (libvirt's daemon stream.c): a stream call's handler opens a public {@link Stream}
 * and registers it under the call's serial; once the call's OK reply is out, data flows as STREAM packets on
 * that serial. Data to the server (an upload) is written to the stream as it arrives, on the session's reader;
 * data from the server (a download) is read by a thread of its own, CONTINUE packets, an empty one at the
 * end. The client's OK finishes a stream (answered by an empty OK, or the error), its ERROR aborts it.
 */
final class ServerStreams {

    /** libvirt's VIR_NET_MESSAGE_LEGACY_PAYLOAD_MAX: the data of one packet the daemon sends. */
    static final int CHUNK = 262120;

    /** fromServer: data flows out (pumped); toServer: data from the client is accepted (a console: both). */
    private record Open(RpcHeader call, Stream stream, boolean fromServer, boolean toServer) {
    }

    private final ClientLink link;
    private final ConcurrentHashMap<Integer, Open> open = new ConcurrentHashMap<>();

    ServerStreams(ClientLink link) {
        this.link = link;
    }

    /** In a stream call's handler, after the transfer started: packets on the call's serial now belong to it. */
    void add(RpcHeader call, Stream st, boolean fromServer) {
        open.put(call.serial(), new Open(call, st, fromServer, !fromServer));
    }

    /** A console: output pumped to the client, the client's keys written to the stream. */
    void addConsole(RpcHeader call, Stream st) {
        open.put(call.serial(), new Open(call, st, true, true));
    }

    /** After a call's reply went out: a download starts sending. */
    void replied(RpcHeader call) {
        Open o = open.get(call.serial());
        if (o != null && o.fromServer() && o.call() == call) {
            // a platform thread, as the session's: a virtual thread's write would switch the socket to
            // non-blocking mode for good, and every later read of the session would then poll first
            Thread.ofPlatform().daemon().name("jvirtd-stream-out").start(() -> pump(o));
        }
    }

    private void pump(Open o) {
        byte[] buf = new byte[CHUNK];
        try {
            while (open.get(o.call().serial()) == o) {
                int n = o.stream().recv(buf, 0, buf.length);
                if (n == 0) {
                    // the end is an empty CONTINUE (OK only confirms the client's finish, which comes next)
                    link.send(packet(o.call(), RpcStatus.CONTINUE, new byte[0]));
                    return;
                }
                if (!link.send(packet(o.call(), RpcStatus.CONTINUE, Arrays.copyOf(buf, n)))) {
                    return;
                }
            }
        } catch (VirtException e) {
            if (open.remove(o.call().serial(), o)) {
                abortQuietly(o);
                link.send(streamError(o.call(), e.error()));
            }
        }
    }

    /** A STREAM or STREAM_HOLE packet from the client; packets of no open stream are dropped, as libvirt does. */
    void packet(RpcMessage m) {
        RpcHeader h = m.header();
        Open o = open.get(h.serial());
        if (o == null || o.call().procedure() != h.procedure()) {
            return;
        }
        try {
            if (h.type() == RpcType.STREAM_HOLE.value()) {
                RpcStreamHole hole = m.body(RpcStreamHole.class);
                o.stream().sendHole(hole.length(), hole.flags());
                return;
            }
            RpcStatus status = RpcStatus.of(h.status());
            if (status == RpcStatus.CONTINUE) {
                if (!o.toServer()) {
                    fail(o, rpcError("stream had unexpected data"));
                    return;
                }
                byte[] data = m.payload();
                for (int off = 0; off < data.length; ) {
                    off += o.stream().send(data, off, data.length - off);
                }
            } else if (status == RpcStatus.OK) {
                open.remove(h.serial(), o);
                o.stream().finish();
                link.send(packet(o.call(), RpcStatus.OK, new byte[0]));
            } else {
                open.remove(h.serial(), o);
                abortQuietly(o);
                link.send(reply(o.call(), rpcError("stream aborted at client request")));
            }
        } catch (VirtException e) {
            fail(o, e.error());
        } catch (RuntimeException e) {
            fail(o, rpcError("Unable to decode message payload"));
        }
    }

    /** The transfer failed on this side: the stream is aborted and the client hears why. */
    private void fail(Open o, VirtError error) {
        if (open.remove(o.call().serial(), o)) {
            abortQuietly(o);
            link.send(streamError(o.call(), error));
        }
    }

    /** The client went: every open transfer is abandoned. */
    void closeAll() {
        for (Open o : List.copyOf(open.values())) {
            if (open.remove(o.call().serial(), o)) {
                abortQuietly(o);
            }
        }
    }

    private static void abortQuietly(Open o) {
        try {
            o.stream().abort();
        } catch (RuntimeException e) {
            // already finished or failed: nothing left to abandon
        }
    }

    private static VirtError rpcError(String message) {
        return VirtException.of(ErrorCode.RPC, ErrorDomain.RPC, message).error();
    }

    static RpcMessage packet(RpcHeader call, RpcStatus status, byte[] data) {
        return new RpcMessage(new RpcHeader(call.program(), call.version(), call.procedure(), RpcType.STREAM.value(),
                call.serial(), status.value()), data);
    }

    private static RpcMessage streamError(RpcHeader call, VirtError error) {
        return RpcMessage.of(new RpcHeader(call.program(), call.version(), call.procedure(), RpcType.STREAM.value(),
                call.serial(), RpcStatus.ERROR.value()), RemoteError.class, RemoteErrors.toWire(error));
    }

    private static RpcMessage reply(RpcHeader call, VirtError error) {
        return RemoteProgram.error(call, error);
    }
}
