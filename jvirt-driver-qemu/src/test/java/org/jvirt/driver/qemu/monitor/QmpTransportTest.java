package org.jvirt.driver.qemu.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The transport against a scripted server on a real socket: framing, ids, events, EOF, timeouts, connect. */
@Timeout(30)
class QmpTransportTest {

    private static final Duration T = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsGreetingAndCorrelatesRepliesById() throws Exception {
        try (FakeQmpServer qemu = new FakeQmpServer()
                .hold("query-status")
                .expect("query-name", "{\"return\": {\"name\": \"demo\"}}")
                .replyHeld("{\"return\": {\"status\": \"running\", \"running\": true}}")
                .start();
             QmpTransport t = QmpTransport.connect(qemu.socket(), T, null)) {
            assertThat(t.greeting().path("QMP").path("version").path("qemu").path("major").asInt()).isEqualTo(7);
            CompletableFuture<QmpReply> status = t.send("query-status", null);
            CompletableFuture<QmpReply> name = t.send("query-name", null);
            // answered out of order: each reply still reaches the command with its id
            assertThat(name.get(5, TimeUnit.SECONDS))
                    .isEqualTo(new QmpReply.Return(JSON.readTree("{\"name\": \"demo\"}")));
            assertThat(status.get(5, TimeUnit.SECONDS))
                    .isEqualTo(new QmpReply.Return(JSON.readTree("{\"status\": \"running\", \"running\": true}")));
            qemu.awaitScript();
            assertThat(qemu.received()).extracting(c -> c.path("id").asText()).containsExactly("jvirt-1", "jvirt-2");
        }
    }

    @Test
    void sendsArgumentsAndReportsErrorReplies() throws Exception {
        try (FakeQmpServer qemu = new FakeQmpServer()
                .expect("balloon", "{\"value\": 1024}",
                        "{\"error\": {\"class\": \"DeviceNotActive\", \"desc\": \"No balloon device has been activated\"}}")
                .start();
             QmpTransport t = QmpTransport.connect(qemu.socket(), T, null)) {
            QmpReply r = t.execute("balloon", JSON.readTree("{\"value\": 1024}"), T);
            assertThat(r).isEqualTo(new QmpReply.Failure("DeviceNotActive", "No balloon device has been activated"));
            qemu.awaitScript();
        }
    }

    @Test
    void framesValuesSplitAcrossWritesAndSeveralInOneWrite() throws Exception {
        String twoEvents = "{\"timestamp\": {\"seconds\": 1795598934, \"microseconds\": 980479}, \"event\": \"STOP\"}"
                + "{\"event\": \"RESUME\", \"timestamp\": {\"seconds\": 1, \"microseconds\": 2}}\r\n";
        RecordingListener events = new RecordingListener();
        try (FakeQmpServer qemu = new FakeQmpServer()
                .hold("cont")
                .sendInChunks(twoEvents, 7)
                .replyHeld("{\"return\": {}}")
                .start();
             QmpTransport t = QmpTransport.connect(qemu.socket(), T, QmpEvents.adapter(events))) {
            assertThat(t.execute("cont", null, T)).isInstanceOf(QmpReply.Return.class);
            assertThat(events.await("RESUME", 5000)).isTrue();
            assertThat(events.calls()).containsExactly("STOP", "RESUME");
            qemu.awaitScript();
        }
    }

    @Test
    void deliversEventsInOrderWithTimestamps() throws Exception {
        List<QmpEvent> seen = new ArrayList<>();
        CompletableFuture<Void> third = new CompletableFuture<>();
        QmpTransport.Listener l = e -> {
            seen.add(e);
            if (seen.size() == 3) {
                third.complete(null);
            }
        };
        try (FakeQmpServer qemu = new FakeQmpServer()
                .send("{\"timestamp\": {\"seconds\": 1795598603, \"microseconds\": 837318}, \"event\": \"POWERDOWN\"}\r\n"
                        + "{\"event\": \"X\", \"data\": {\"a\": 1}}\r\n"
                        + "{\"timestamp\": {\"seconds\": 1795598603, \"microseconds\": 880155}, \"event\": \"SHUTDOWN\","
                        + " \"data\": {\"guest\": true, \"reason\": \"guest-shutdown\"}}\r\n")
                .start();
             QmpTransport t = QmpTransport.connect(qemu.socket(), T, l)) {
            third.get(5, TimeUnit.SECONDS);
            assertThat(seen).extracting(QmpEvent::name).containsExactly("POWERDOWN", "X", "SHUTDOWN");
            assertThat(seen.get(0).timestamp()).hasToString("2026-11-25T09:23:23.837318Z");
            assertThat(seen.get(0).data().isObject()).isTrue();
            assertThat(seen.get(1).timestamp()).isNull();
            assertThat(seen.get(2).data().path("reason").asText()).isEqualTo("guest-shutdown");
        }
    }

    @Test
    void listenerMayIssueCommandsWithoutDeadlock() throws Exception {
        CompletableFuture<QmpReply> fromListener = new CompletableFuture<>();
        QmpTransport.Listener l;
        try (FakeQmpServer qemu = new FakeQmpServer()
                .send("{\"event\": \"STOP\"}\r\n")
                .expect("query-status", "{\"return\": {\"status\": \"paused\", \"running\": false}}")
                .start()) {
            // the event may arrive before connect() returns: the listener waits for the handle
            CompletableFuture<QmpTransport> handle = new CompletableFuture<>();
            l = e -> {
                try {
                    fromListener.complete(handle.get().execute("query-status", null, T));
                } catch (Exception ex) {
                    fromListener.completeExceptionally(ex);
                }
            };
            try (QmpTransport t = QmpTransport.connect(qemu.socket(), T, l)) {
                handle.complete(t);
                assertThat(fromListener.get(5, TimeUnit.SECONDS)).isInstanceOf(QmpReply.Return.class);
            }
        }
    }

    @Test
    void eofFailsWaitingAndLaterCommandsAndNotifiesOnce() throws Exception {
        RecordingListener events = new RecordingListener();
        try (FakeQmpServer qemu = new FakeQmpServer()
                .hold("quit")
                .send("{\"event\": \"SHUTDOWN\", \"data\": {\"guest\": false, \"reason\": \"host-qmp-quit\"}}\r\n")
                .hangup()
                .start();
             QmpTransport t = QmpTransport.connect(qemu.socket(), T, QmpEvents.adapter(events))) {
            assertThatThrownBy(() -> t.execute("quit", null, T))
                    .isInstanceOfSatisfying(QmpIoException.class, e -> assertThat(e.kind()).isEqualTo(QmpIoException.Kind.EOF));
            assertThat(t.closed().get(5, TimeUnit.SECONDS).kind()).isEqualTo(QmpIoException.Kind.EOF);
            assertThatThrownBy(() -> t.execute("cont", null, T))
                    .isInstanceOfSatisfying(QmpIoException.class, e -> assertThat(e.kind()).isEqualTo(QmpIoException.Kind.EOF));
            assertThat(events.await("CLOSED", 5000)).isTrue();
            // the event sent before the hangup is delivered before the close notice
            assertThat(events.calls()).containsExactly("SHUTDOWN guest=false reason=host-qmp-quit", "CLOSED EOF");
        }
    }

    @Test
    void timeoutLeavesConnectionUsableAndDropsTheLateReply() throws Exception {
        try (FakeQmpServer qemu = new FakeQmpServer()
                .hold("query-migrate")
                .expect("query-status", "{\"return\": {\"status\": \"running\", \"running\": true}}")
                .replyHeld("{\"return\": {\"status\": \"completed\"}}")
                .expect("cont", "{\"return\": {}}")
                .start();
             QmpTransport t = QmpTransport.connect(qemu.socket(), T, null)) {
            assertThatThrownBy(() -> t.execute("query-migrate", null, Duration.ofMillis(200)))
                    .isInstanceOfSatisfying(QmpIoException.class, e -> {
                        assertThat(e.kind()).isEqualTo(QmpIoException.Kind.TIMEOUT);
                        assertThat(e).hasMessage("no reply to 'query-migrate' within 200 ms");
                    });
            assertThat(t.execute("query-status", null, T)).isInstanceOf(QmpReply.Return.class);
            assertThat(t.execute("cont", null, T)).isEqualTo(new QmpReply.Return(JSON.createObjectNode()));
            qemu.awaitScript();
        }
    }

    @Test
    void replyWithoutIdGoesToTheOldestCommand() throws Exception {
        try (FakeQmpServer qemu = new FakeQmpServer()
                .hold("bad")
                .send("{\"error\": {\"class\": \"GenericError\", \"desc\": \"JSON parse error, invalid keyword 'x'\"}}\r\n")
                .start();
             QmpTransport t = QmpTransport.connect(qemu.socket(), T, null)) {
            assertThat(t.execute("bad", null, T))
                    .isEqualTo(new QmpReply.Failure("GenericError", "JSON parse error, invalid keyword 'x'"));
        }
    }

    @Test
    void nonQmpOutputEndsTheConnectionAsProtocolError() throws Exception {
        try (FakeQmpServer qemu = new FakeQmpServer().hold("cont").send("[1, 2]\r\n").start();
             QmpTransport t = QmpTransport.connect(qemu.socket(), T, null)) {
            assertThatThrownBy(() -> t.execute("cont", null, T))
                    .isInstanceOfSatisfying(QmpIoException.class, e -> {
                        assertThat(e.kind()).isEqualTo(QmpIoException.Kind.PROTOCOL);
                        assertThat(e).hasMessage("Parsed JSON reply '[1,2]' isn't an object");
                    });
        }
        try (FakeQmpServer qemu = new FakeQmpServer().hold("cont").send("{\"return\": }\r\n").start();
             QmpTransport t = QmpTransport.connect(qemu.socket(), T, null)) {
            assertThatThrownBy(() -> t.execute("cont", null, T))
                    .isInstanceOfSatisfying(QmpIoException.class,
                            e -> assertThat(e.kind()).isEqualTo(QmpIoException.Kind.PROTOCOL));
        }
    }

    @Test
    void missingGreetingIsRefused() throws Exception {
        try (FakeQmpServer qemu = new FakeQmpServer().greeting("{\"return\": {}}").start()) {
            assertThatThrownBy(() -> QmpTransport.connect(qemu.socket(), T, null))
                    .isInstanceOfSatisfying(QmpIoException.class, e -> {
                        assertThat(e.kind()).isEqualTo(QmpIoException.Kind.PROTOCOL);
                        assertThat(e).hasMessageContaining("expected the QMP greeting");
                    });
        }
    }

    @Test
    void connectWaitsForTheSocketToAppear() throws Exception {
        try (FakeQmpServer qemu = new FakeQmpServer()) {
            CompletableFuture<QmpTransport> t = CompletableFuture.supplyAsync(() -> {
                try {
                    return QmpTransport.connect(qemu.socket(), T, null);
                } catch (QmpIoException e) {
                    throw new RuntimeException(e);
                }
            });
            Thread.sleep(150);
            assertThat(t).isNotDone();
            qemu.start();
            try (QmpTransport transport = t.get(5, TimeUnit.SECONDS)) {
                assertThat(transport.greeting().has("QMP")).isTrue();
            }
        }
    }

    @Test
    void connectGivesUpAtTheDeadlineOrWhenThePeerDied() throws Exception {
        Path dir = Files.createTempDirectory("jvirt-qmp");
        Path missing = dir.resolve("none.sock");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> QmpTransport.connect(missing, Duration.ofMillis(300), null))
                .isInstanceOfSatisfying(QmpIoException.class, e -> {
                    assertThat(e.kind()).isEqualTo(QmpIoException.Kind.NO_SOCKET);
                    assertThat(e).hasMessage("No such file or directory");
                });
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isBetween(250L, 3000L);

        assertThatThrownBy(() -> QmpTransport.connect(missing, Duration.ofSeconds(30), () -> false, null))
                .isInstanceOfSatisfying(QmpIoException.class, e -> assertThat(e.kind()).isEqualTo(QmpIoException.Kind.CONNECT));

        // a socket file nobody listens on: refused, retried, then given up
        Path stale = dir.resolve("stale.sock");
        try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            s.bind(UnixDomainSocketAddress.of(stale));
        }
        assertThatThrownBy(() -> QmpTransport.connect(stale, Duration.ofMillis(100), null))
                .isInstanceOfSatisfying(QmpIoException.class, e -> {
                    assertThat(e.kind()).isEqualTo(QmpIoException.Kind.NO_SOCKET);
                    assertThat(e).hasMessage("Connection refused");
                });
        Files.delete(stale);
        Files.delete(dir);
    }

    @Test
    void closeFailsWaitingCommandsAsClosed() throws Exception {
        try (FakeQmpServer qemu = new FakeQmpServer().hold("query-status").start()) {
            QmpTransport t = QmpTransport.connect(qemu.socket(), T, null);
            CompletableFuture<QmpReply> waiting = t.send("query-status", null);
            qemu.awaitScript();
            t.close();
            assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(QmpIoException.class)
                    .cause().satisfies(c -> assertThat(((QmpIoException) c).kind()).isEqualTo(QmpIoException.Kind.CLOSED));
            JsonNode none = null;
            assertThatThrownBy(() -> t.execute("cont", none, T))
                    .isInstanceOfSatisfying(QmpIoException.class, e -> assertThat(e.kind()).isEqualTo(QmpIoException.Kind.CLOSED));
        }
    }
}
