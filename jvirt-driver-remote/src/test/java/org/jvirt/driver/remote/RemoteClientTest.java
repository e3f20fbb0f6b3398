package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.ErrorLevel;
import org.jvirt.error.VirtError;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.RpcType;
import org.jvirt.rpc.remote.ConnectGetTypeRet;
import org.jvirt.rpc.remote.DomainLookupByNameArgs;
import org.jvirt.rpc.remote.DomainLookupByNameRet;
import org.jvirt.rpc.remote.NonnullDomain;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrVoid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The RPC client against a scripted daemon speaking real packets over a real UNIX socket. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RemoteClientTest {

    @RegisterExtension
    final FakeDaemon daemon = FakeDaemon.perTest();
    private final List<RpcMessage> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<VirtException> closedWith = new CompletableFuture<>();

    private RemoteClient connect() {
        return new RemoteClient(UnixChannel.connect(daemon.socketPath()), new RemoteClient.Listener() {
            @Override
            public void onEvent(RpcMessage message) {
                events.add(message);
            }

            @Override
            public void onClose(VirtException error) {
                closedWith.complete(error);
            }
        });
    }

    private static NonnullDomain dom(String name, int id) {
        return new NonnullDomain(name, new byte[16], id);
    }

    @Test
    void repliesAnsweredOutOfOrderReachTheirCallers() throws Exception {
        try (RemoteClient client = connect(); FakeDaemon.Conn conn = daemon.accept()) {
            CompletableFuture<DomainLookupByNameRet> a = CompletableFuture.supplyAsync(() ->
                    client.call(DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs("a")));
            RpcMessage first = conn.read();
            CompletableFuture<DomainLookupByNameRet> b = CompletableFuture.supplyAsync(() ->
                    client.call(DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs("b")));
            RpcMessage second = conn.read();
            assertThat(first.header().serial()).isNotEqualTo(second.header().serial());
            assertThat(first.header().rpcType()).isEqualTo(RpcType.CALL);
            assertThat(first.header().procedure()).isEqualTo(DomainProcedures.DOMAIN_LOOKUP_BY_NAME.number());
            // the later call is answered first
            String secondName = second.body(DomainLookupByNameArgs.class).name();
            String firstName = first.body(DomainLookupByNameArgs.class).name();
            conn.reply(second, DomainLookupByNameRet.class, new DomainLookupByNameRet(dom(secondName, 2)));
            conn.reply(first, DomainLookupByNameRet.class, new DomainLookupByNameRet(dom(firstName, 1)));
            assertThat(a.get(10, TimeUnit.SECONDS).dom().name()).isEqualTo("a");
            assertThat(b.get(10, TimeUnit.SECONDS).dom().name()).isEqualTo("b");
        }
    }

    @Test
    void manyThreadsCallAtOnce() throws Exception {
        try (RemoteClient client = connect(); FakeDaemon.Conn conn = daemon.accept()) {
            int n = 50;
            List<CompletableFuture<String>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = "d" + i;
                calls.add(CompletableFuture.supplyAsync(() -> client.call(DomainProcedures.DOMAIN_LOOKUP_BY_NAME,
                        new DomainLookupByNameArgs(name)).dom().name(), r -> Thread.ofVirtual().start(r)));
            }
            List<RpcMessage> received = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                received.add(conn.read());
            }
            java.util.Collections.reverse(received);
            for (RpcMessage m : received) {
                conn.reply(m, DomainLookupByNameRet.class,
                        new DomainLookupByNameRet(dom(m.body(DomainLookupByNameArgs.class).name(), 1)));
            }
            for (int i = 0; i < n; i++) {
                assertThat(calls.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("d" + i);
            }
        }
    }

    @Test
    void aRemoteErrorComesBackWithItsFullRecord() throws Exception {
        try (RemoteClient client = connect(); FakeDaemon.Conn conn = daemon.accept()) {
            CompletableFuture<DomainLookupByNameRet> call = CompletableFuture.supplyAsync(() ->
                    client.call(DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs("nope")));
            RpcMessage m = conn.read();
            conn.replyError(m, new RemoteError(42, 12, "Domain not found: no domain with matching name 'nope'", 2,
                    null, "Domain not found: %s", "no domain with matching name 'nope'", null, -1, -1, null));
            assertThatThrownBy(() -> call.join()).cause().isInstanceOfSatisfying(VirtException.class, e ->
                    assertThat(e.error()).isEqualTo(new VirtError(ErrorCode.NO_DOMAIN, ErrorDomain.TEST,
                            ErrorLevel.ERROR, "Domain not found: no domain with matching name 'nope'",
                            "Domain not found: %s", "no domain with matching name 'nope'", null, -1, -1)));
            // the connection stays usable after an error reply
            CompletableFuture<ConnectGetTypeRet> next = CompletableFuture.supplyAsync(() ->
                    client.call(ConnectProcedures.CONNECT_GET_TYPE, new XdrVoid()));
            conn.reply(conn.read(), ConnectGetTypeRet.class, new ConnectGetTypeRet("TEST"));
            assertThat(next.get(10, TimeUnit.SECONDS).type()).isEqualTo("TEST");
        }
    }

    @Test
    void daemonDyingMidCallFailsTheCallThenEveryLaterOne() throws Exception {
        RemoteClient client = connect();
        FakeDaemon.Conn conn = daemon.accept();
        CompletableFuture<ConnectGetTypeRet> call = CompletableFuture.supplyAsync(() ->
                client.call(ConnectProcedures.CONNECT_GET_TYPE, new XdrVoid()));
        conn.read();
        conn.close();
        assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(VirtException.class, e -> {
            assertThat(e.error()).isEqualTo(new VirtError(ErrorCode.SYSTEM_ERROR, ErrorDomain.RPC, ErrorLevel.ERROR,
                    "End of file while reading data: Input/output error", "%s",
                    "End of file while reading data: Input/output error", null, 5, -1));
        });
        assertThat(closedWith.get(10, TimeUnit.SECONDS).getMessage())
                .isEqualTo("End of file while reading data: Input/output error");
        assertThat(client.isOpen()).isFalse();
        assertThatThrownBy(() -> client.call(ConnectProcedures.CONNECT_GET_TYPE, new XdrVoid()))
                .isInstanceOfSatisfying(VirtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
                    assertThat(e.domain()).isEqualTo(ErrorDomain.RPC);
                    assertThat(e.getMessage()).isEqualTo("internal error: client socket is closed");
                });
        client.close();
    }

    @Test
    void everyWaitingCallFailsWhenTheLinkGoes() throws Exception {
        RemoteClient client = connect();
        FakeDaemon.Conn conn = daemon.accept();
        List<CompletableFuture<ConnectGetTypeRet>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> client.call(ConnectProcedures.CONNECT_GET_TYPE, new XdrVoid()),
                    r -> Thread.ofVirtual().start(r)));
        }
        for (int i = 0; i < 10; i++) {
            conn.read();
        }
        conn.close();
        for (CompletableFuture<ConnectGetTypeRet> c : calls) {
            assertThatThrownBy(() -> c.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(VirtException.class);
        }
        client.close();
    }

    @Test
    void aReplyNobodyWaitsForIsAProtocolErrorThatEndsTheConnection() throws Exception {
        RemoteClient client = connect();
        FakeDaemon.Conn conn = daemon.accept();
        CompletableFuture<ConnectGetTypeRet> call = CompletableFuture.supplyAsync(() ->
                client.call(ConnectProcedures.CONNECT_GET_TYPE, new XdrVoid()));
        RpcMessage m = conn.read();
        RpcMessage bogus = RpcMessage.of(new org.jvirt.rpc.RpcHeader(RpcPrograms.REMOTE, 1, 3, RpcType.REPLY.value(),
                m.header().serial() + 1000, 0), ConnectGetTypeRet.class, new ConnectGetTypeRet("X"));
        conn.send(bogus);
        assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(VirtException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.RPC);
            assertThat(e.getMessage()).isEqualTo("no call waiting for reply with prog " + RpcPrograms.REMOTE
                    + " vers 1 serial " + (m.header().serial() + 1000));
        });
        conn.close();
        client.close();
    }

    @Test
    void anOversizedPacketFromTheServerEndsTheConnection() throws Exception {
        RemoteClient client = connect();
        FakeDaemon.Conn conn = daemon.accept();
        CompletableFuture<ConnectGetTypeRet> call = CompletableFuture.supplyAsync(() ->
                client.call(ConnectProcedures.CONNECT_GET_TYPE, new XdrVoid()));
        conn.read();
        conn.raw(new byte[] {0x7f, 0, 0, 0});
        assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(VirtException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.RPC));
        conn.close();
        client.close();
    }

    @Test
    void eventsAreHandedToTheListener() throws Exception {
        try (RemoteClient client = connect(); FakeDaemon.Conn conn = daemon.accept()) {
            conn.message(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION, 318, ConnectGetTypeRet.class,
                    new ConnectGetTypeRet("payload"));
            CompletableFuture<ConnectGetTypeRet> call = CompletableFuture.supplyAsync(() ->
                    client.call(ConnectProcedures.CONNECT_GET_TYPE, new XdrVoid()));
            conn.reply(conn.read(), ConnectGetTypeRet.class, new ConnectGetTypeRet("TEST"));
            call.get(10, TimeUnit.SECONDS);
            assertThat(events).hasSize(1);
            assertThat(events.get(0).header().procedure()).isEqualTo(318);
            assertThat(events.get(0).body(ConnectGetTypeRet.class).type()).isEqualTo("payload");
        }
    }

    @Test
    void theDaemonsPingIsAnsweredWithPong() throws Exception {
        try (RemoteClient client = connect(); FakeDaemon.Conn conn = daemon.accept()) {
            conn.message(RpcPrograms.KEEPALIVE, RpcPrograms.KEEPALIVE_VERSION, RpcPrograms.KEEPALIVE_PING,
                    XdrVoid.class, new XdrVoid());
            RpcMessage pong = conn.read();
            assertThat(pong.header().program()).isEqualTo(RpcPrograms.KEEPALIVE);
            assertThat(pong.header().procedure()).isEqualTo(RpcPrograms.KEEPALIVE_PONG);
            assertThat(pong.header().rpcType()).isEqualTo(RpcType.MESSAGE);
            assertThat(pong.payload()).isEmpty();
            assertThat(client.isOpen()).isTrue();
        }
    }

    @Test
    void aSilentDaemonIsPingedThenDeclaredDead() throws Exception {
        RemoteClient client = connect();
        FakeDaemon.Conn conn = daemon.accept();
        client.startKeepAlive(Duration.ofMillis(200), 2);
        CompletableFuture<ConnectGetTypeRet> call = CompletableFuture.supplyAsync(() ->
                client.call(ConnectProcedures.CONNECT_GET_TYPE, new XdrVoid()));
        assertThat(conn.read().header().rpcType()).isEqualTo(RpcType.CALL);
        long t0 = System.nanoTime();
        for (int i = 0; i < 2; i++) {
            RpcMessage ping = conn.read();
            assertThat(ping.header().program()).isEqualTo(RpcPrograms.KEEPALIVE);
            assertThat(ping.header().procedure()).isEqualTo(RpcPrograms.KEEPALIVE_PING);
        }
        assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(VirtException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
            assertThat(e.domain()).isEqualTo(ErrorDomain.RPC);
            assertThat(e.getMessage()).isEqualTo("internal error: connection closed due to keepalive timeout");
        });
        // two pings, then one more interval of silence: about interval * (count + 1) in all
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(350));
        assertThat(conn.read()).isNull();
        conn.close();
    }

    @Test
    void anAnsweringDaemonStaysAlive() throws Exception {
        try (RemoteClient client = connect(); FakeDaemon.Conn conn = daemon.accept()) {
            client.startKeepAlive(Duration.ofMillis(100), 1);
            long end = System.nanoTime() + Duration.ofMillis(800).toNanos();
            int pings = 0;
            while (System.nanoTime() < end) {
                RpcMessage ping = conn.read();
                assertThat(ping.header().procedure()).isEqualTo(RpcPrograms.KEEPALIVE_PING);
                pings++;
                conn.message(RpcPrograms.KEEPALIVE, RpcPrograms.KEEPALIVE_VERSION, RpcPrograms.KEEPALIVE_PONG,
                        XdrVoid.class, new XdrVoid());
            }
            assertThat(pings).isGreaterThanOrEqualTo(3);
            assertThat(client.isOpen()).isTrue();
        }
    }
}
