package org.jvirt.daemon.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.jvirt.daemon.RawClient;
import org.jvirt.daemon.TestDaemon;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.remote.ConnectOpenArgs;
import org.jvirt.rpc.remote.ConnectSupportsFeatureArgs;
import org.jvirt.rpc.remote.DomainLookupByNameArgs;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrVoid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon's answers at the packet level, each checked against what libvirtd 9.0 sends for the same bytes
 * (recorded with a raw client against the scratch libvirtd; DaemonWireIT compares live).
 */
class ProtocolTest {

    private static final Duration T = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    TestDaemon daemon;
    RawClient client;

    @BeforeEach
    void start() throws Exception {
        daemon = TestDaemon.start(dir, "");
        client = RawClient.connect(daemon.rwSocket());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        daemon.close();
    }

    private static void assertRpcError(RemoteError e, int code, String message) {
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.domain()).isEqualTo(7);
        assertThat(e.level()).isEqualTo(2);
        assertThat(e.message()).isEqualTo(message);
    }

    private void open() throws Exception {
        client.callOk(ConnectProcedures.CONNECT_OPEN, new ConnectOpenArgs("test:///default", 0));
    }

    @Test
    void callsBeforeOpenAreRefusedExceptKeepaliveAndAuth() throws Exception {
        assertThat(client.callOk(ConnectProcedures.CONNECT_SUPPORTS_FEATURE, new ConnectSupportsFeatureArgs(10)).supported()).isEqualTo(1);
        assertRpcError(client.callError(ConnectProcedures.CONNECT_SUPPORTS_FEATURE, new ConnectSupportsFeatureArgs(9)),
                1, "internal error: hypervisor connection not open");
        assertRpcError(client.callError(ConnectProcedures.CONNECT_GET_TYPE, XdrVoid.VOID), 1, "internal error: hypervisor connection not open");
        assertThat(client.callOk(ConnectProcedures.AUTH_LIST, XdrVoid.VOID).types()).containsExactly(0);
    }

    @Test
    void featuresAfterOpenAreLibvirtds() throws Exception {
        open();
        for (int f = 0; f < 20; f++) {
            int want = f == 8 || f == 9 || f == 10 || f == 14 || f == 15 || f == 16 ? 1 : 0;
            assertThat(client.callOk(ConnectProcedures.CONNECT_SUPPORTS_FEATURE, new ConnectSupportsFeatureArgs(f)).supported())
                    .as("feature %d", f).isEqualTo(want);
        }
    }

    @Test
    void secondOpenIsRefused() throws Exception {
        open();
        assertRpcError(client.callError(ConnectProcedures.CONNECT_OPEN, new ConnectOpenArgs("test:///default", 0)),
                1, "internal error: connection already open");
    }

    @Test
    void unknownProcedureProgramVersionStatusAndPayload() throws Exception {
        int s = client.nextSerial();
        client.send(new RpcMessage(RpcHeader.call(RpcPrograms.REMOTE, 1, 9999, s), new byte[0]));
        RpcMessage r = client.awaitSerial(s, T);
        assertThat(r.header()).isEqualTo(new RpcHeader(RpcPrograms.REMOTE, 1, 9999, 1, s, 1));
        assertRpcError(r.body(RemoteError.class), 39, "unknown procedure: 9999");

        s = client.nextSerial();
        client.send(new RpcMessage(RpcHeader.call(RpcPrograms.REMOTE, 2, 3, s), new byte[0]));
        r = client.awaitSerial(s, T);
        assertThat(r.header()).isEqualTo(new RpcHeader(RpcPrograms.REMOTE, 2, 3, 1, s, 1));
        assertRpcError(r.body(RemoteError.class), 39, "Cannot find program 536903814 version 2");

        s = client.nextSerial();
        client.send(new RpcMessage(RpcHeader.call(0x1234, 1, 3, s), new byte[0]));
        r = client.awaitSerial(s, T);
        assertRpcError(r.body(RemoteError.class), 39, "Cannot find program 4660 version 1");

        s = client.nextSerial();
        client.send(new RpcMessage(new RpcHeader(RpcPrograms.REMOTE, 1, 3, 0, s, 1), new byte[0]));
        assertRpcError(client.awaitSerial(s, T).body(RemoteError.class), 39, "Unexpected message status 1");

        s = client.nextSerial();
        client.send(new RpcMessage(RpcHeader.call(RpcPrograms.REMOTE, 1, 1, s), new byte[] {0, 0}));
        assertRpcError(client.awaitSerial(s, T).body(RemoteError.class), 39, "Unable to decode message payload");
    }

    @Test
    void packetsThatAreNotCallsGetNoAnswer() throws Exception {
        open();
        byte[] feature = RawClient.encode(ConnectSupportsFeatureArgs.class, new ConnectSupportsFeatureArgs(9));
        for (int type : new int[] {1, 2, 3, 6}) {
            client.send(new RpcMessage(new RpcHeader(RpcPrograms.REMOTE, 1, 60, type, 100 + type, 0), feature));
        }
        client.send(new RpcMessage(new RpcHeader(0x1234, 1, 60, 2, 99, 0), feature));
        // the next call's reply is the next packet: nothing came for the five above
        int s = client.nextSerial();
        client.call(ConnectProcedures.CONNECT_GET_TYPE, XdrVoid.VOID, s);
        RpcMessage r = client.next(T);
        assertThat(r.header().serial()).isEqualTo(s);
        assertThat(r.body(org.jvirt.rpc.remote.ConnectGetTypeRet.class).type()).isEqualTo("TEST");
    }

    @Test
    void driverErrorsTravelWhole() throws Exception {
        open();
        RemoteError e = client.callError(DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs("nope"));
        assertThat(e.code()).isEqualTo(42);
        assertThat(e.domain()).isEqualTo(12);
        assertThat(e.message()).isEqualTo("Domain not found");
    }

    @Test
    void pingIsAnsweredWithPong() throws Exception {
        client.send(new RpcMessage(RpcHeader.message(RpcPrograms.KEEPALIVE, 1, RpcPrograms.KEEPALIVE_PING), new byte[0]));
        RpcMessage pong = client.next(T);
        assertThat(pong.header()).isEqualTo(new RpcHeader(RpcPrograms.KEEPALIVE, 1, RpcPrograms.KEEPALIVE_PONG, 2, 0, 0));
        assertThat(pong.payload()).isEmpty();
    }

    @Test
    void closeRepliesThenDropsTheClient() throws Exception {
        open();
        client.callOk(ConnectProcedures.CONNECT_CLOSE, XdrVoid.VOID);
        assertThat(client.awaitClosed(T)).isTrue();
    }
}
