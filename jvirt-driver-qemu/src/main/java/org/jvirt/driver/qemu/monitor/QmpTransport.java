package org.jvirt.driver.qemu.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The bottom layer of the monitor (DESIGN rule 7): a QMP connection over a unix socket that only frames JSON
 * values, correlates replies to commands by {@code id}, and hands events to a listener. It knows no command.
 * <p>
 * One reader thread parses the stream with Jackson (values, not lines, so framing does not depend on QEMU's
 * "\r\n"); events are delivered in order on a separate thread so that a listener may itself issue commands
 * without deadlocking the reader. Commands may be sent from any thread.
 */
public final class QmpTransport implements AutoCloseable {

    /** Receives events in the order QEMU sent them, then exactly one {@link #onClose}. */
    public interface Listener {
        void onEvent(QmpEvent event);

        /** The connection ended: EOF from QEMU, an I/O or protocol error, or {@link #close()}. */
        default void onClose(QmpIoException cause) {
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(QmpTransport.class.getName());
    private static final long MAX_RETRY_SLEEP_MS = 5;

    private final SocketChannel channel;
    private final Listener listener;
    private final ExecutorService dispatcher =
            Executors.newSingleThreadExecutor(Thread.ofVirtual().name("qmp-events").factory());
    private final Object writeLock = new Object();
    private final Map<String, CompletableFuture<QmpReply>> pending = new LinkedHashMap<>(); // guarded by itself
    private QmpIoException closedCause; // guarded by pending
    private final AtomicLong nextId = new AtomicLong();
    private final CompletableFuture<JsonNode> greeting = new CompletableFuture<>();
    private final CompletableFuture<QmpIoException> closed = new CompletableFuture<>();

    private QmpTransport(SocketChannel channel, Listener listener) {
        this.channel = channel;
        this.listener = listener != null ? listener : event -> { };
        Thread.ofVirtual().name("qmp-reader").start(this::readLoop);
    }

    /**
     * Connects to QEMU's QMP socket and waits for the greeting. QEMU creates the socket some milliseconds after
     * it starts, so a missing or refusing socket is retried until the deadline, or until {@code peerAlive} says
     * QEMU is gone; retries back off from 1 ms to only 5 ms, since a failed connect costs microseconds while a
     * late one delays every domain start. Capabilities negotiation is the caller's (QmpMonitor's) job.
     */
    public static QmpTransport connect(Path socket, Duration timeout, BooleanSupplier peerAlive, Listener listener)
            throws QmpIoException {
        long deadline = System.nanoTime() + timeout.toNanos();
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(socket);
        long sleepMs = 1;
        while (true) {
            SocketChannel ch;
            try {
                ch = SocketChannel.open(address);
            } catch (ConnectException e) {
                // ECONNREFUSED: a stale socket file QEMU has not replaced yet
                ch = null;
                checkRetry(e, deadline, peerAlive);
            } catch (SocketException e) {
                if (!String.valueOf(e.getMessage()).contains("No such file")) {
                    throw new QmpIoException(QmpIoException.Kind.CONNECT, e.getMessage(), e);
                }
                ch = null;
                checkRetry(e, deadline, peerAlive);
            } catch (IOException e) {
                throw new QmpIoException(QmpIoException.Kind.CONNECT, e.getMessage(), e);
            }
            if (ch != null) {
                QmpTransport t = new QmpTransport(ch, listener);
                t.awaitGreeting(deadline);
                return t;
            }
            sleep(sleepMs);
            sleepMs = Math.min(sleepMs * 2, MAX_RETRY_SLEEP_MS);
        }
    }

    /** As {@link #connect(Path, Duration, BooleanSupplier, Listener)} for a peer assumed alive. */
    public static QmpTransport connect(Path socket, Duration timeout, Listener listener) throws QmpIoException {
        return connect(socket, timeout, () -> true, listener);
    }

    private static void checkRetry(IOException e, long deadline, BooleanSupplier peerAlive) throws QmpIoException {
        if (peerAlive != null && !peerAlive.getAsBoolean()) {
            throw new QmpIoException(QmpIoException.Kind.CONNECT, e.getMessage(), e);
        }
        if (System.nanoTime() - deadline >= 0) {
            throw new QmpIoException(QmpIoException.Kind.NO_SOCKET, e.getMessage(), e);
        }
    }

    private static void sleep(long ms) throws QmpIoException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QmpIoException(QmpIoException.Kind.CONNECT, "interrupted", e);
        }
    }

    private void awaitGreeting(long deadline) throws QmpIoException {
        try {
            greeting.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            close();
            throw new QmpIoException(QmpIoException.Kind.TIMEOUT, "no QMP greeting from QEMU", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new QmpIoException(QmpIoException.Kind.CONNECT, "interrupted", e);
        }
    }

    /** QEMU's greeting: {"QMP": {"version": {...}, "capabilities": [...]}}. */
    public JsonNode greeting() {
        return greeting.getNow(null);
    }

    /** Completes with the cause once the connection has ended (for example when QEMU exited). */
    public CompletableFuture<QmpIoException> closed() {
        return closed;
    }

    /**
     * Sends one command and waits for its reply. A timeout leaves the connection usable (a late reply is
     * dropped); every other failure means the connection is gone.
     */
    public QmpReply execute(String command, JsonNode arguments, Duration timeout) throws QmpIoException {
        String id = "jvirt-" + nextId.incrementAndGet();
        CompletableFuture<QmpReply> reply = send(id, command, arguments);
        try {
            return reply.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            forget(id);
            throw new QmpIoException(QmpIoException.Kind.TIMEOUT,
                    "no reply to '" + command + "' within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            forget(id);
            throw new QmpIoException(QmpIoException.Kind.IO, "interrupted while waiting for '" + command + "'", e);
        }
    }

    /** Sends one command without waiting; the future fails with a {@link QmpIoException} if the link dies. */
    public CompletableFuture<QmpReply> send(String command, JsonNode arguments) {
        return send("jvirt-" + nextId.incrementAndGet(), command, arguments);
    }

    private CompletableFuture<QmpReply> send(String id, String command, JsonNode arguments) {
        ObjectNode cmd = JSON.createObjectNode().put("execute", command);
        if (arguments != null) {
            cmd.set("arguments", arguments);
        }
        cmd.put("id", id);
        CompletableFuture<QmpReply> reply = new CompletableFuture<>();
        synchronized (pending) {
            if (closedCause != null) {
                return CompletableFuture.failedFuture(closedCause);
            }
            pending.put(id, reply); // before writing: the reply may arrive before write() returns
        }
        try {
            byte[] json = JSON.writeValueAsBytes(cmd);
            ByteBuffer buf = ByteBuffer.allocate(json.length + 2).put(json).put((byte) '\r').put((byte) '\n').flip();
            synchronized (writeLock) {
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            }
        } catch (IOException e) {
            shutdown(new QmpIoException(QmpIoException.Kind.IO, e.getMessage(), e));
        }
        return reply;
    }

    private void forget(String id) {
        synchronized (pending) {
            pending.remove(id);
        }
    }

    private void readLoop() {
        QmpIoException cause;
        try (InputStream in = Channels.newInputStream(channel);
             MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(in)) {
            while (values.hasNextValue()) {
                route(values.nextValue());
            }
            cause = new QmpIoException(QmpIoException.Kind.EOF, "end of file");
        } catch (QmpIoException e) {
            cause = e;
        } catch (JsonProcessingException e) {
            cause = new QmpIoException(QmpIoException.Kind.PROTOCOL, "cannot parse monitor output: "
                    + e.getOriginalMessage(), e);
        } catch (SocketException e) {
            // QEMU exiting with unread input resets the connection instead of closing it: still its end
            cause = String.valueOf(e.getMessage()).contains("Connection reset")
                    ? new QmpIoException(QmpIoException.Kind.EOF, e.getMessage(), e)
                    : new QmpIoException(QmpIoException.Kind.IO, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            cause = new QmpIoException(QmpIoException.Kind.IO, e.getMessage(), e);
        }
        shutdown(cause);
    }

    private void route(JsonNode msg) throws QmpIoException {
        if (!msg.isObject()) {
            throw new QmpIoException(QmpIoException.Kind.PROTOCOL, "Parsed JSON reply '" + msg + "' isn't an object");
        }
        if (!greeting.isDone()) {
            if (!msg.has("QMP")) {
                throw new QmpIoException(QmpIoException.Kind.PROTOCOL, "expected the QMP greeting, got '" + msg + "'");
            }
            greeting.complete(msg);
        } else if (msg.has("QMP")) {
            LOG.log(System.Logger.Level.DEBUG, "ignoring a second QMP greeting");
        } else if (msg.has("event")) {
            QmpEvent event = toEvent(msg);
            post(() -> listener.onEvent(event));
        } else if (msg.has("return") || msg.has("error")) {
            complete(msg);
        } else {
            throw new QmpIoException(QmpIoException.Kind.PROTOCOL, "Unknown JSON reply '" + msg + "'");
        }
    }

    private void complete(JsonNode msg) {
        JsonNode id = msg.get("id");
        CompletableFuture<QmpReply> reply = null;
        synchronized (pending) {
            if (id != null && id.isTextual()) {
                reply = pending.remove(id.asText());
            } else {
                // QEMU answers without an id only when it could not parse the command: QMP replies in order,
                // so it belongs to the oldest command still waiting.
                Iterator<CompletableFuture<QmpReply>> it = pending.values().iterator();
                if (it.hasNext()) {
                    reply = it.next();
                    it.remove();
                }
            }
        }
        if (reply == null) {
            LOG.log(System.Logger.Level.DEBUG, "dropping a reply nobody waits for: {0}", msg);
            return;
        }
        JsonNode error = msg.get("error");
        reply.complete(error != null
                ? new QmpReply.Failure(text(error, "class"), text(error, "desc"))
                : new QmpReply.Return(msg.get("return")));
    }

    private static QmpEvent toEvent(JsonNode msg) {
        JsonNode data = msg.get("data");
        JsonNode ts = msg.get("timestamp");
        Instant when = null;
        if (ts != null && ts.has("seconds")) {
            when = Instant.ofEpochSecond(ts.path("seconds").asLong(), ts.path("microseconds").asLong() * 1000);
        }
        return new QmpEvent(msg.get("event").asText(), data != null ? data : JSON.createObjectNode(), when);
    }

    private static String text(JsonNode obj, String field) {
        JsonNode v = obj.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private void post(Runnable task) {
        try {
            dispatcher.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "QMP event listener failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "event after close dropped");
        }
    }

    private void shutdown(QmpIoException cause) {
        List<CompletableFuture<QmpReply>> waiting;
        synchronized (pending) {
            if (closedCause != null) {
                return;
            }
            closedCause = cause;
            waiting = new ArrayList<>(pending.values());
            pending.clear();
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing is best effort: the reader ends either way
        }
        greeting.completeExceptionally(cause);
        waiting.forEach(f -> f.completeExceptionally(cause));
        post(() -> listener.onClose(cause));
        dispatcher.shutdown();
        closed.complete(cause);
    }

    private static QmpIoException rethrow(Throwable cause) {
        if (cause instanceof QmpIoException q) {
            // a fresh exception so the stack shows the caller, the original stays as its cause
            return new QmpIoException(q.kind(), q.getMessage(), q);
        }
        return new QmpIoException(QmpIoException.Kind.IO, String.valueOf(cause), cause);
    }

    /** Closes the connection; waiting commands fail with {@link QmpIoException.Kind#CLOSED}. Idempotent. */
    @Override
    public void close() {
        shutdown(new QmpIoException(QmpIoException.Kind.CLOSED, "monitor closed"));
    }
}
