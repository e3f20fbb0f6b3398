package org.jvirt.daemon.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jvirt.daemon.RawClient;
import org.jvirt.daemon.conf.ConfFile;
import org.jvirt.daemon.conf.DaemonConfig;
import org.jvirt.daemon.conf.HostPaths;
import org.jvirt.daemon.net.UnixListener;
import org.jvirt.daemon.remote.HandlerTable;
import org.jvirt.daemon.remote.RemoteProgram;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.remote.ConnectGetHostnameRet;
import org.jvirt.rpc.remote.ConnectGetTypeRet;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrVoid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls run concurrently and their replies leave in completion order, matched by serial. */
class ConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void aSlowCallDoesNotHoldBackTheNextReply() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HandlerTable t = new HandlerTable();
        t.on(ConnectProcedures.CONNECT_GET_TYPE, (c, a) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ConnectGetTypeRet("SLOW");
        });
        t.on(ConnectProcedures.CONNECT_GET_HOSTNAME, (c, a) -> new ConnectGetHostnameRet("fast"));
        DaemonConfig config = DaemonConfig.load(ConfFile.parse("t", "unix_sock_dir = \"" + dir + "\""), HostPaths.current());
        try (Server server = new Server(config, new RemoteProgram(t));
             RawClient client = connect(server, config)) {
            client.call(ConnectProcedures.CONNECT_GET_TYPE, XdrVoid.VOID, 1);
            client.call(ConnectProcedures.CONNECT_GET_HOSTNAME, XdrVoid.VOID, 2);
            RpcMessage first = client.next(Duration.ofSeconds(5));
            assertThat(first.header().serial()).isEqualTo(2);
            assertThat(first.body(ConnectGetHostnameRet.class).hostname()).isEqualTo("fast");
            release.countDown();
            RpcMessage second = client.next(Duration.ofSeconds(5));
            assertThat(second.header().serial()).isEqualTo(1);
            assertThat(second.body(ConnectGetTypeRet.class).type()).isEqualTo("SLOW");
        }
    }

    @Test
    void anErrorInAHandlerStillGetsAnAnswer() throws Exception {
        HandlerTable t = new HandlerTable();
        t.on(ConnectProcedures.CONNECT_GET_TYPE, (c, a) -> {
            throw new NoClassDefFoundError("org/example/Missing");
        });
        DaemonConfig config = DaemonConfig.load(ConfFile.parse("t", "unix_sock_dir = \"" + dir + "\""), HostPaths.current());
        try (Server server = new Server(config, new RemoteProgram(t));
             RawClient client = connect(server, config)) {
            org.jvirt.rpc.remote.RemoteError e = client.callError(ConnectProcedures.CONNECT_GET_TYPE, XdrVoid.VOID);
            assertThat(e.code()).isEqualTo(1);
            assertThat(e.message()).contains("NoClassDefFoundError");
            // and the client is still served
            assertThat(client.callError(ConnectProcedures.CONNECT_GET_TYPE, XdrVoid.VOID).code()).isEqualTo(1);
        }
    }

    private static RawClient connect(Server server, DaemonConfig config) throws Exception {
        server.listen(UnixListener.open(config.rwSocket(), 0700, null, false, 10));
        return RawClient.connect(config.rwSocket());
    }
}
