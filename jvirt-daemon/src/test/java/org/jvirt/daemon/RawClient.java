package org.jvirt.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jvirt.rpc.RpcFraming;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.RpcStatus;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.RemoteProcedure;
import org.jvirt.rpc.xdr.XdrCodecs;

/**
 * A bare protocol client for tests: writes any packet (well formed or not) to a daemon's unix socket and
 * collects what comes back on a reader thread, so tests can see replies, PINGs and the connection closing.
 */
public final class RawClient implements AutoCloseable {

    /** What the reader saw: a packet, or the end of the stream (null message). */
    public record Received(RpcMessage message) {
    }

    private final SocketChannel channel;
    private final OutputStream out;
    private final BlockingQueue<Received> inbox = new LinkedBlockingQueue<>();
    private final Thread reader;
    private int serial;

    private RawClient(SocketChannel channel) {
        this.channel = channel;
        this.out = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            }
        };
        InputStream in = new java.io.BufferedInputStream(new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] b = new byte[1];
                return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
            }
        });
        this.reader = Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    RpcMessage m = RpcFraming.read(in);
                    inbox.add(new Received(m));
                    if (m == null) {
                        return;
                    }
                }
            } catch (IOException e) {
                inbox.add(new Received(null));
            }
        });
    }

    public static RawClient connect(Path socket) throws IOException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        ch.connect(UnixDomainSocketAddress.of(socket));
        return new RawClient(ch);
    }

    public synchronized int nextSerial() {
        return ++serial;
    }

    /** Sends a REMOTE call with the given serial. */
    public <A> void call(RemoteProcedure<A, ?> proc, A args, int serial) throws IOException {
        send(RpcMessage.of(RpcHeader.call(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION, proc.number(), serial), proc.args(), args));
    }

    /** Calls and waits for the reply with the same serial (other packets in between are kept). */
    public <A, R> R callOk(RemoteProcedure<A, R> proc, A args) throws Exception {
        RpcMessage reply = callRaw(proc, args);
        if (reply.header().status() != RpcStatus.OK.value()) {
            throw new AssertionError(proc + " failed: " + reply.body(RemoteError.class));
        }
        return reply.body(proc.ret());
    }

    public <A> RemoteError callError(RemoteProcedure<A, ?> proc, A args) throws Exception {
        RpcMessage reply = callRaw(proc, args);
        if (reply.header().status() != RpcStatus.ERROR.value()) {
            throw new AssertionError(proc + " succeeded");
        }
        return reply.body(RemoteError.class);
    }

    public <A> RpcMessage callRaw(RemoteProcedure<A, ?> proc, A args) throws Exception {
        int s = nextSerial();
        call(proc, args, s);
        return awaitSerial(s, Duration.ofSeconds(10));
    }

    public synchronized void send(RpcMessage m) throws IOException {
        RpcFraming.write(out, m);
    }

    /** Writes raw bytes, e.g. a broken packet. */
    public synchronized void sendBytes(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    /** The next packet; null means the daemon closed the connection. Fails after the timeout. */
    public RpcMessage next(Duration timeout) throws InterruptedException {
        Received r = inbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (r == null) {
            throw new AssertionError("nothing received within " + timeout);
        }
        return r.message();
    }

    /** What came within the timeout: a packet, the close (a Received without message), or null for nothing. */
    public Received poll(Duration timeout) throws InterruptedException {
        return inbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Ends our sending side: the daemon sees the end of the stream after what we sent. */
    public void shutdownOutput() throws IOException {
        channel.shutdownOutput();
    }

    public boolean anythingWithin(Duration timeout) throws InterruptedException {
        Received r = inbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (r != null) {
            ((LinkedBlockingQueue<Received>) inbox).offer(r);
        }
        return r != null;
    }

    /** Waits for the reply to {@code serial}, skipping other packets (events, PINGs). */
    public RpcMessage awaitSerial(int serial, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            Received r = inbox.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (r == null) {
                throw new AssertionError("no reply to serial " + serial + " within " + timeout + "; threads: " + dumpThreads());
            }
            if (r.message() == null) {
                throw new AssertionError("connection closed before the reply to serial " + serial);
            }
            RpcHeader h = r.message().header();
            if (h.program() != RpcPrograms.KEEPALIVE && h.serial() == serial && h.type() == 1) {
                return r.message();
            }
        }
    }

    /** Waits until the daemon closes the connection. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Received r = inbox.poll(left, TimeUnit.NANOSECONDS);
            if (r == null) {
                return false;
            }
            if (r.message() == null) {
                return true;
            }
        }
    }

    /** Every thread, virtual ones included, written to target/ for a post-mortem of a call that never returned. */
    static String dumpThreads() {
        try {
            java.nio.file.Path f = java.nio.file.Path.of("target", "threads-" + System.nanoTime() + ".json").toAbsolutePath();
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpThreads(f.toString(), com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
            return f.toString();
        } catch (IOException | RuntimeException e) {
            return "(dump failed: " + e + ")";
        }
    }

    public static <T> byte[] encode(Class<T> type, T value) {
        return XdrCodecs.encode(type, value);
    }

    @Override
    public void close() throws IOException {
        channel.close();
        reader.interrupt();
    }
}
