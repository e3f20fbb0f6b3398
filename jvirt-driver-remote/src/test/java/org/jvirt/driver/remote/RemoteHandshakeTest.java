package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.remote.AuthListRet;
import org.jvirt.rpc.remote.ConnectOpenArgs;
import org.jvirt.rpc.remote.ConnectSupportsFeatureArgs;
import org.jvirt.rpc.remote.ConnectSupportsFeatureRet;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.ConnectDriverProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The connect sequence against a scripted daemon: the same calls, in the same order, with the same arguments as
 * virsh 9.0 sends them (recorded with a logging fake daemon), and libvirt's answers to the auth list.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RemoteHandshakeTest {

    @RegisterExtension
    final FakeDaemon daemon = FakeDaemon.perTest();

    private RemoteTarget target(String query) {
        return RemoteTargets.resolve("test+unix:///default?socket=" + daemon.socketPath() + query, 0,
                new FakeHost(0), false);
    }

    /** Answers the handshake: auth types, feature support; records every call's procedure and body. */
    private List<String> serve(FakeDaemon.Conn conn, int[] authTypes, boolean features, int calls) throws Exception {
        List<String> log = new ArrayList<>();
        for (int k = 0; k < calls; k++) {
            RpcMessage m = conn.read();
            if (m == null) {
                break;
            }
            int proc = m.header().procedure();
            if (proc == ConnectProcedures.AUTH_LIST.number()) {
                log.add("AUTH_LIST serial=" + m.header().serial());
                conn.reply(m, AuthListRet.class, new AuthListRet(authTypes));
            } else if (proc == ConnectProcedures.CONNECT_SUPPORTS_FEATURE.number()) {
                log.add("SUPPORTS_FEATURE " + m.body(ConnectSupportsFeatureArgs.class).feature());
                conn.reply(m, ConnectSupportsFeatureRet.class, new ConnectSupportsFeatureRet(features ? 1 : 0));
            } else if (proc == ConnectProcedures.CONNECT_OPEN.number()) {
                ConnectOpenArgs a = m.body(ConnectOpenArgs.class);
                log.add("OPEN " + a.name() + " " + a.flags());
                conn.reply(m, XdrVoid.class, new XdrVoid());
            } else if (proc == ConnectProcedures.CONNECT_CLOSE.number()) {
                log.add("CLOSE");
                conn.reply(m, XdrVoid.class, new XdrVoid());
            } else {
                log.add("proc " + proc);
            }
        }
        return log;
    }

    @Test
    void theCallsVirshMakesInVirshsOrder() throws Exception {
        CompletableFuture<RemoteConnection> open = CompletableFuture.supplyAsync(() -> RemoteConnection.open(target("")));
        try (FakeDaemon.Conn conn = daemon.accept()) {
            List<String> log = serve(conn, new int[] {0}, false, 5);
            RemoteConnection c = open.get(10, TimeUnit.SECONDS);
            CompletableFuture<Void> close = CompletableFuture.runAsync(c::close);
            log.addAll(serve(conn, new int[] {0}, false, 1));
            close.get(10, TimeUnit.SECONDS);
            assertThat(log).containsExactly("AUTH_LIST serial=0", "SUPPORTS_FEATURE 10", "OPEN test:///default 0",
                    "SUPPORTS_FEATURE 14", "SUPPORTS_FEATURE 15", "CLOSE");
            assertThat(conn.read()).isNull();
        }
    }

    @Test
    void keepaliveStartsWhenTheDaemonSupportsIt() throws Exception {
        CompletableFuture<RemoteConnection> open = CompletableFuture.supplyAsync(() ->
                RemoteConnection.open(target(""), Duration.ofMillis(100), 5, RemoteReconnect.DEFAULT));
        try (FakeDaemon.Conn conn = daemon.accept()) {
            serve(conn, new int[] {0}, true, 5);
            RemoteConnection c = open.get(10, TimeUnit.SECONDS);
            RpcMessage ping = conn.read();
            assertThat(ping.header().program()).isEqualTo(RpcPrograms.KEEPALIVE);
            assertThat(ping.header().procedure()).isEqualTo(RpcPrograms.KEEPALIVE_PING);
            assertThat(c.hypervisor().connectIsAlive()).isTrue();
            c.client().close();
        }
    }

    @Test
    void anOldDaemonWithoutAuthListIsStillOpened() throws Exception {
        CompletableFuture<RemoteConnection> open = CompletableFuture.supplyAsync(() -> RemoteConnection.open(target("")));
        try (FakeDaemon.Conn conn = daemon.accept()) {
            RpcMessage auth = conn.read();
            conn.replyError(auth, new RemoteError(ErrorCode.NO_SUPPORT.value(), ErrorDomain.REMOTE.value(),
                    "this function is not supported by the connection driver: virConnectAuthList", 2, null,
                    null, null, null, -1, -1, null));
            serve(conn, new int[] {0}, false, 4);
            open.get(10, TimeUnit.SECONDS).client().close();
        }
    }

    @Test
    void authTypesThisClientCannotDoFailAsLibvirtFails() throws Exception {
        expectAuthFailure("", new int[] {2}, "authentication failed: unsupported authentication type 2");
        expectAuthFailure("&auth=polkit", new int[] {0}, "authentication failed: requested authentication type polkit rejected");
        expectAuthFailure("&auth=bogus", new int[] {0}, "authentication failed: unknown authentication type bogus");
        expectAuthFailure("&auth=sasl.GSSAPI", new int[] {1, 0}, "authentication failed: unsupported authentication type 1");
    }

    private void expectAuthFailure(String query, int[] offered, String message) throws Exception {
        CompletableFuture<RemoteConnection> open = CompletableFuture.supplyAsync(() -> RemoteConnection.open(target(query)));
        try (FakeDaemon.Conn conn = daemon.accept()) {
            serve(conn, offered, false, 1);
            assertThatThrownBy(() -> open.get(10, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(VirtException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.AUTH_FAILED);
                assertThat(e.domain()).isEqualTo(ErrorDomain.REMOTE);
                assertThat(e.getMessage()).isEqualTo(message);
            });
            assertThat(conn.read()).isNull();
        }
    }

    @Test
    void theProviderIsTheWildcardFoundByServiceLoader() {
        List<ConnectDriverProvider> found = new ArrayList<>();
        ServiceLoader.load(ConnectDriverProvider.class).forEach(found::add);
        assertThat(found).anySatisfy(p -> {
            assertThat(p).isInstanceOf(RemoteDriverProvider.class);
            assertThat(p.uriSchemes()).isEmpty();
        });
    }
}
