package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jvirt.error.ErrorCode;
import org.jvirt.rpc.RpcFraming;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.RpcStatus;
import org.jvirt.rpc.RpcType;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * A minimal synchronous REMOTE client over the scratch libvirtd's socket, for tests: one call at a time, event
 * messages that arrive in between are kept for {@link #awaitEvent}. Every body is decoded with the declared
 * layouts, so a wrong declaration fails here.
 */
final class LibvirtdSession implements AutoCloseable {

    private final SocketChannel channel;
    private final InputStream in;
    private final OutputStream out;
    private final Deque<RpcMessage> events = new ArrayDeque<>();
    /** Per URI, across the JVM's sessions: procedures answered OK, answered with an error, events received. */
    record Seen(Set<Integer> answered, Set<Integer> refused, Set<Integer> received) {
    }

    private static final Map<String, Seen> SEEN = new ConcurrentHashMap<>();

    static Seen seen(String uri) {
        return SEEN.computeIfAbsent(uri, u -> new Seen(ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet(),
                ConcurrentHashMap.newKeySet()));
    }

    private Seen mine = seen("");

    private final List<Integer> procedures = new ArrayList<>();
    private int serial;

    private LibvirtdSession(SocketChannel channel) {
        this.channel = channel;
        this.in = Channels.newInputStream(channel);
        this.out = Channels.newOutputStream(channel);
    }

    /** Connected, authenticated (none) and opened on {@code uri}. */
    static LibvirtdSession open(String uri) throws Exception {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        ch.connect(UnixDomainSocketAddress.of(ScratchLibvirtd.socket()));
        LibvirtdSession s = new LibvirtdSession(ch);
        s.mine = seen(uri);
        s.call(ConnectProcedures.AUTH_LIST, XdrVoid.VOID);
        s.call(ConnectProcedures.CONNECT_OPEN, new ConnectOpenArgs(uri, 0));
        return s;
    }

    <A, R> R call(RemoteProcedure<A, R> proc, A args) throws Exception {
        RpcMessage reply = send(proc, args);
        if (reply.header().rpcStatus() == RpcStatus.ERROR) {
            RemoteError e = reply.body(RemoteError.class);
            throw new AssertionError(proc + " failed: " + e.code() + " " + e.message());
        }
        assertThat(reply.header().rpcStatus()).as("%s", proc).isEqualTo(RpcStatus.OK);
        R body = reply.body(proc.ret());
        mine.answered().add(proc.number());
        return body;
    }

    /**
     * The error record of a call that must fail with any code, VIR_ERR_RPC included: for the daemon's own refusals
     * (an event callback id this client never registered), where libvirtd did decode the arguments.
     */
    <A> RemoteError rawError(RemoteProcedure<A, ?> proc, A args) throws Exception {
        RpcMessage reply = send(proc, args);
        assertThat(reply.header().rpcStatus()).as("%s must fail", proc).isEqualTo(RpcStatus.ERROR);
        RemoteError e = reply.body(RemoteError.class);
        assertThat(e.message()).as("%s error message", proc).isNotBlank();
        mine.refused().add(proc.number());
        return e;
    }

    /** The error record of a call that must fail. */
    <A> RemoteError error(RemoteProcedure<A, ?> proc, A args) throws Exception {
        RpcMessage reply = send(proc, args);
        assertThat(reply.header().rpcStatus()).as("%s must fail", proc).isEqualTo(RpcStatus.ERROR);
        RemoteError e = reply.body(RemoteError.class);
        assertThat(e.message()).as("%s error message", proc).isNotBlank();
        // VIR_ERR_RPC is what libvirtd answers when it cannot decode the arguments: any other error means it could
        assertThat(e.code()).as("%s: %s", proc, e.message()).isNotEqualTo(ErrorCode.RPC.value());
        mine.refused().add(proc.number());
        return e;
    }

    /**
     * A call whose reply is followed by the server's stream (a readstream): the reply's body and the stream's
     * bytes up to its end (an empty CONTINUE), then the client's finish and the server's confirmation.
     */
    <A, R> Map.Entry<R, byte[]> callReadStream(RemoteProcedure<A, R> proc, A args) throws Exception {
        R body = call(proc, args);
        int s = serial;
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        while (true) {
            RpcMessage m = RpcFraming.read(in);
            assertThat(m).as("stream of %s", proc).isNotNull();
            if (m.header().rpcType() == RpcType.MESSAGE) {
                events.addLast(m);
                continue;
            }
            assertThat(m.header().rpcType()).isEqualTo(RpcType.STREAM);
            assertThat(m.header().serial()).isEqualTo(s);
            assertThat(m.header().rpcStatus()).isEqualTo(RpcStatus.CONTINUE);
            if (m.payload().length == 0) {
                // the end of the data: the client's OK finishes the stream and the server confirms with an empty OK
                RpcFraming.write(out, new RpcMessage(new RpcHeader(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION,
                        proc.number(), RpcType.STREAM.value(), s, RpcStatus.OK.value()), new byte[0]));
                RpcMessage done = RpcFraming.read(in);
                assertThat(done.header().rpcType()).isEqualTo(RpcType.STREAM);
                assertThat(done.header().rpcStatus()).isEqualTo(RpcStatus.OK);
                return Map.entry(body, data.toByteArray());
            }
            data.writeBytes(m.payload());
        }
    }

    /** The next event message of {@code proc}, skipping others; reads until it comes (the socket has a timeout). */
    <M> M awaitEvent(RemoteProcedure<M, XdrVoid> proc) throws Exception {
        while (true) {
            RpcMessage m = events.pollFirst();
            if (m == null) {
                m = RpcFraming.read(in);
                assertThat(m).as("connection open while waiting for %s", proc).isNotNull();
                assertThat(m.header().rpcType()).isEqualTo(RpcType.MESSAGE);
            }
            if (m.header().procedure() == proc.number()) {
                M body = m.body(proc.args());
                mine.received().add(proc.number());
                return body;
            }
        }
    }

    /** Numbers of the procedures called so far, in order. */
    List<Integer> procedures() {
        return procedures;
    }

    private <A> RpcMessage send(RemoteProcedure<A, ?> proc, A args) throws Exception {
        int s = ++serial;
        procedures.add(proc.number());
        RpcFraming.write(out, RpcMessage.of(RpcHeader.call(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION,
                proc.number(), s), proc.args(), args));
        while (true) {
            RpcMessage m = RpcFraming.read(in);
            assertThat(m).as("reply to %s", proc).isNotNull();
            if (m.header().rpcType() == RpcType.MESSAGE) {
                events.addLast(m);
                continue;
            }
            assertThat(m.header().rpcType()).isEqualTo(RpcType.REPLY);
            assertThat(m.header().serial()).isEqualTo(s);
            assertThat(m.header().procedure()).isEqualTo(proc.number());
            return m;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            call(ConnectProcedures.CONNECT_CLOSE, XdrVoid.VOID);
        } finally {
            channel.close();
        }
    }
}
