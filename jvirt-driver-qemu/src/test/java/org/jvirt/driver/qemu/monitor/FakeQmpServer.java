package org.jvirt.driver.qemu.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scripted QMP server on a real unix socket, speaking real bytes (DESIGN P12; libvirt's qemumonitortestutils):
 * it sends a greeting, then plays its steps in order: expect a command (and its arguments) and answer it with
 * the request's id added, hold a command unanswered, answer held commands later, send raw bytes (events,
 * garbage, split writes), or hang up. A mismatch ends the script and fails {@link #awaitScript()}.
 */
final class FakeQmpServer implements AutoCloseable {

    /** QEMU 7.2's greeting, byte for byte. */
    static final String GREETING = "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 22, \"minor\": 2, \"major\": 7}, "
            + "\"package\": \"Debian 1:7.2+dfsg-7+deb12u18+b3\"}, \"capabilities\": [\"oob\"]}}";

    private sealed interface Step {
    }

    private record Expect(String command, String arguments, String reply) implements Step {
    }

    private record Hold(String command) implements Step {
    }

    private record ReplyHeld(String reply) implements Step {
    }

    private record Raw(String text, int chunk) implements Step {
    }

    private record Hangup() implements Step {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Path socket;
    private final List<Step> steps = new ArrayList<>();
    private final List<JsonNode> received = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private String greeting = GREETING;
    private ServerSocketChannel server;
    private volatile SocketChannel client;
    private MappingIterator<JsonNode> commands; // used by the script thread only

    FakeQmpServer() throws IOException {
        dir = Files.createTempDirectory("jvirt-fakeqmp");
        socket = dir.resolve("qmp.sock");
    }

    Path socket() {
        return socket;
    }

    /** Replaces the greeting (raw text, sent as is; null for none). */
    FakeQmpServer greeting(String raw) {
        greeting = raw;
        return this;
    }

    /** Reads the next command, checks its name, answers {@code reply} (JSON) with the request's id added. */
    FakeQmpServer expect(String command, String reply) {
        return expect(command, null, reply);
    }

    /** As {@link #expect(String, String)}, also checking the "arguments" object (null: not checked). */
    FakeQmpServer expect(String command, String arguments, String reply) {
        steps.add(new Expect(command, arguments, reply));
        return this;
    }

    /** Reads the next command and leaves it unanswered until {@link #replyHeld}. */
    FakeQmpServer hold(String command) {
        steps.add(new Hold(command));
        return this;
    }

    /** Answers the oldest held command. */
    FakeQmpServer replyHeld(String reply) {
        steps.add(new ReplyHeld(reply));
        return this;
    }

    /** Sends text verbatim (add "\r\n" yourself). */
    FakeQmpServer send(String raw) {
        return sendInChunks(raw, Integer.MAX_VALUE);
    }

    /** Sends text in writes of {@code chunk} bytes with a pause between them, to split JSON values. */
    FakeQmpServer sendInChunks(String raw, int chunk) {
        steps.add(new Raw(raw, chunk));
        return this;
    }

    /** Closes the connection, as QEMU exiting does. */
    FakeQmpServer hangup() {
        steps.add(new Hangup());
        return this;
    }

    /** Binds the socket and plays the script in the background. */
    FakeQmpServer start() throws IOException {
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread.ofVirtual().name("fake-qmp").start(this::play);
        return this;
    }

    /** The commands received so far, as parsed JSON. */
    List<JsonNode> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Waits until every step has been played; rethrows the script's failure. */
    void awaitScript() throws Exception {
        try {
            done.get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw (Exception) (e.getCause() instanceof Exception ex ? ex : new AssertionError(e.getCause()));
        }
    }

    private void play() {
        try (SocketChannel c = server.accept()) {
            client = c;
            if (greeting != null) {
                write(c, greeting + "\r\n", Integer.MAX_VALUE);
            }
            InputStream in = Channels.newInputStream(c);
            Deque<JsonNode> held = new ArrayDeque<>();
            for (Step step : steps) {
                switch (step) {
                    case Expect e -> {
                        JsonNode cmd = next(in, e.command());
                        if (e.arguments() != null && !JSON.readTree(e.arguments()).equals(cmd.get("arguments"))) {
                            throw new AssertionError("arguments of " + e.command() + ": expected " + e.arguments()
                                    + ", got " + cmd.get("arguments"));
                        }
                        write(c, withId(e.reply(), cmd), Integer.MAX_VALUE);
                    }
                    case Hold h -> held.add(next(in, h.command()));
                    case ReplyHeld r -> write(c, withId(r.reply(), Objects.requireNonNull(held.poll(), "nothing held")),
                            Integer.MAX_VALUE);
                    case Raw r -> write(c, r.text(), r.chunk());
                    case Hangup h -> c.close();
                }
            }
            done.complete(null);
            // keep the connection open until the test closes us, as a running QEMU would
            while (c.isOpen() && commands(in).hasNextValue()) {
                received.add(commands(in).nextValue());
            }
        } catch (Throwable t) {
            done.completeExceptionally(t);
        }
    }

    // Created on first use: Jackson reads ahead when it is created, which would block until the client speaks.
    private MappingIterator<JsonNode> commands(InputStream in) throws IOException {
        if (commands == null) {
            commands = JSON.readerFor(JsonNode.class).readValues(in);
        }
        return commands;
    }

    private JsonNode next(InputStream in, String expected) throws IOException {
        MappingIterator<JsonNode> commands = commands(in);
        if (!commands.hasNextValue()) {
            throw new AssertionError("client closed the connection; expected command " + expected);
        }
        JsonNode cmd = commands.nextValue();
        received.add(cmd);
        if (!expected.equals(cmd.path("execute").asText())) {
            throw new AssertionError("expected command " + expected + ", got " + cmd);
        }
        return cmd;
    }

    private static String withId(String reply, JsonNode cmd) throws IOException {
        ObjectNode r = (ObjectNode) JSON.readTree(reply);
        if (cmd.has("id") && !r.has("id")) {
            r.set("id", cmd.get("id"));
        }
        return JSON.writeValueAsString(r) + "\r\n";
    }

    private static void write(SocketChannel c, String text, int chunk) throws IOException, InterruptedException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int off = 0; off < bytes.length; off += chunk) {
            ByteBuffer buf = ByteBuffer.wrap(bytes, off, Math.min(chunk, bytes.length - off));
            while (buf.hasRemaining()) {
                c.write(buf);
            }
            if (off + chunk < bytes.length) {
                Thread.sleep(5);
            }
        }
    }

    @Override
    public void close() throws IOException {
        SocketChannel c = client;
        if (c != null) {
            c.close();
        }
        if (server != null) {
            server.close();
        }
        Files.deleteIfExists(socket);
        Files.deleteIfExists(dir);
    }
}
