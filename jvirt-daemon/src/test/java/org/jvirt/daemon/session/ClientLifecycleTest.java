package org.jvirt.daemon.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import org.jvirt.daemon.RawClient;
import org.jvirt.daemon.TestDaemon;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.remote.ConnectGetTypeRet;
import org.jvirt.rpc.remote.ConnectOpenArgs;
import org.jvirt.rpc.remote.ConnectSupportsFeatureArgs;
import org.jvirt.rpc.remote.DomainDefineXmlArgs;
import org.jvirt.rpc.remote.DomainLookupByNameArgs;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrVoid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients coming and going: limits, keepalive, bad packets, vanishing, slow readers. */
class ClientLifecycleTest {

    private static final Duration T = Duration.ofSeconds(10);
    private static final String DOMAIN_XML = "<domain type='test'><name>vanish</name><memory>8192</memory>"
            + "<os><type>hvm</type></os></domain>";

    @TempDir
    Path dir;

    private static void open(RawClient c) throws Exception {
        c.callOk(ConnectProcedures.CONNECT_OPEN, new ConnectOpenArgs("test:///default", 0));
    }

    @Test
    void aVanishedClientReleasesItsConnection() throws Exception {
        try (TestDaemon d = TestDaemon.start(dir, "")) {
            RawClient a = RawClient.connect(d.rwSocket());
            open(a);
            a.callOk(DomainProcedures.DOMAIN_DEFINE_XML, new DomainDefineXmlArgs(DOMAIN_XML));
            try (RawClient b = RawClient.connect(d.rwSocket())) {
                open(b);
                // while a holds test:///default open, b shares its state
                b.callOk(DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs("vanish"));
            }
            a.close();
            awaitClients(d, 0);
            // the last holder went away: a fresh default state proves a's Connect was closed
            try (RawClient c = RawClient.connect(d.rwSocket())) {
                open(c);
                RemoteError e = c.callError(DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs("vanish"));
                assertThat(e.code()).isEqualTo(42);
            }
        }
    }

    private static void awaitClients(TestDaemon d, int n) throws InterruptedException {
        long end = System.nanoTime() + T.toNanos();
        while (d.daemon().server().clientCount() != n && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(d.daemon().server().clientCount()).isEqualTo(n);
    }

    @Test
    void keepaliveDropsAClientThatStopsAnswering() throws Exception {
        try (TestDaemon d = TestDaemon.start(dir, "keepalive_interval = 1\nkeepalive_count = 2\n");
             RawClient c = RawClient.connect(d.rwSocket())) {
            c.callOk(ConnectProcedures.CONNECT_SUPPORTS_FEATURE, new ConnectSupportsFeatureArgs(10));
            long start = System.nanoTime();
            RpcMessage ping = c.next(Duration.ofSeconds(5));
            assertThat(ping.header()).isEqualTo(new RpcHeader(RpcPrograms.KEEPALIVE, 1, RpcPrograms.KEEPALIVE_PING, 2, 0, 0));
            // no PONG: after count PINGs the daemon gives up
            assertThat(c.awaitClosed(Duration.ofSeconds(8))).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
            awaitClients(d, 0);
        }
    }

    @Test
    void answeredPingsKeepTheClient() throws Exception {
        try (TestDaemon d = TestDaemon.start(dir, "keepalive_interval = 1\nkeepalive_count = 1\n");
             RawClient c = RawClient.connect(d.rwSocket())) {
            c.callOk(ConnectProcedures.CONNECT_SUPPORTS_FEATURE, new ConnectSupportsFeatureArgs(10));
            long end = System.nanoTime() + Duration.ofMillis(3500).toNanos();
            int pings = 0;
            while (System.nanoTime() < end) {
                RawClient.Received r = c.poll(Duration.ofMillis(200));
                if (r != null && r.message() != null && r.message().header().program() == RpcPrograms.KEEPALIVE) {
                    pings++;
                    c.send(new RpcMessage(RpcHeader.message(RpcPrograms.KEEPALIVE, 1, RpcPrograms.KEEPALIVE_PONG), new byte[0]));
                }
            }
            assertThat(pings).isGreaterThanOrEqualTo(2);
            open(c);
            assertThat(c.callOk(ConnectProcedures.CONNECT_GET_TYPE, XdrVoid.VOID).type()).isEqualTo("TEST");
        }
    }

    @Test
    void withoutTheKeepaliveFeatureNoPingIsSent() throws Exception {
        try (TestDaemon d = TestDaemon.start(dir, "keepalive_interval = 1\nkeepalive_count = 1\n");
             RawClient c = RawClient.connect(d.rwSocket())) {
            assertThat(c.anythingWithin(Duration.ofMillis(2500))).isFalse();
        }
    }

    @Test
    void maxClientsHoldsFurtherClientsBack() throws Exception {
        try (TestDaemon d = TestDaemon.start(dir, "max_clients = 2\n")) {
            RawClient a = RawClient.connect(d.rwSocket());
            RawClient b = RawClient.connect(d.rwSocket());
            open(a);
            open(b);
            try (RawClient c = RawClient.connect(d.rwSocket())) {
                // the kernel accepted the connection into the backlog; the daemon does not serve it yet
                c.call(ConnectProcedures.AUTH_LIST, XdrVoid.VOID, 1);
                assertThat(c.anythingWithin(Duration.ofMillis(700))).isFalse();
                assertThat(d.daemon().server().clientCount()).isEqualTo(2);
                a.close();
                assertThat(c.awaitSerial(1, T).header().status()).isZero();
            } finally {
                b.close();
            }
        }
    }

    @Test
    void anOversizedPacketEndsOnlyThatConnection() throws Exception {
        try (TestDaemon d = TestDaemon.start(dir, "");
             RawClient good = RawClient.connect(d.rwSocket());
             RawClient bad = RawClient.connect(d.rwSocket())) {
            open(good);
            bad.sendBytes(ByteBuffer.allocate(4).putInt(64 * 1024 * 1024).array());
            assertThat(bad.awaitClosed(T)).isTrue();
            assertThat(good.callOk(ConnectProcedures.CONNECT_GET_TYPE, XdrVoid.VOID)).isEqualTo(new ConnectGetTypeRet("TEST"));
        }
    }

    @Test
    void aClientThatNeverReadsBlocksNobodyElse() throws Exception {
        try (TestDaemon d = TestDaemon.start(dir, "");
             RawClient slow = RawClient.connect(d.rwSocket());
             RawClient fast = RawClient.connect(d.rwSocket())) {
            open(slow);
            open(fast);
            // a raw writer that never reads: fill its socket with capability replies (kilobytes each)
            Thread flood = Thread.ofVirtual().start(() -> {
                try {
                    byte[] call = new RpcMessage(RpcHeader.call(RpcPrograms.REMOTE, 1, ConnectProcedures.CONNECT_GET_CAPABILITIES.number(), 7),
                            new byte[0]).encode();
                    for (int i = 0; i < 5000; i++) {
                        slow.sendBytes(call);
                    }
                } catch (Exception e) {
                    // the daemon may stop reading us: expected
                }
            });
            Thread.sleep(500);
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                fast.callOk(ConnectProcedures.CONNECT_GET_TYPE, XdrVoid.VOID);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            flood.interrupt();
        }
    }
}
