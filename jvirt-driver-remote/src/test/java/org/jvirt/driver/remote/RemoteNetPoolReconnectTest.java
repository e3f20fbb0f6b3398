package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.remote.ConnectStoragePoolEventDeregisterAnyArgs;
import org.jvirt.rpc.remote.ConnectStoragePoolEventRegisterAnyArgs;
import org.jvirt.rpc.remote.ConnectStoragePoolEventRegisterAnyRet;
import org.jvirt.rpc.remote.NonnullStoragePool;
import org.jvirt.rpc.remote.StorageProcedures;
import org.jvirt.rpc.remote.StoragePoolEventLifecycleMsg;
import org.jvirt.rpc.remote.StoragePoolEventRefreshMsg;
import org.jvirt.rpc.xdr.XdrVoid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Storage pool listeners, like domain listeners, outlive a lost link: a pool listener alone makes the connection
 * reconnect, it is registered again with the same event id, and the new link's events (lifecycle and refresh
 * messages) arrive under the id the caller was given; a message for another event id is not delivered.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RemoteNetPoolReconnectTest {

    @RegisterExtension
    final FakeDaemon daemon = FakeDaemon.perTest();

    @Test
    void poolListenerIsRegisteredAgainOnANewLink() throws Exception {
        RemoteTarget target = RemoteTargets.resolve("test+unix:///default?socket=" + daemon.socketPath(), 0,
                new FakeHost(0), false);
        CompletableFuture<RemoteConnection> open = CompletableFuture.supplyAsync(() -> RemoteConnection.open(target,
                Duration.ofSeconds(5), 5, new RemoteReconnect(Duration.ofMillis(50), Duration.ofMillis(200))));
        FakeDaemon.Conn first = daemon.accept();
        first.handshake();
        RemoteConnection c = open.get(10, TimeUnit.SECONDS);

        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> reg = CompletableFuture.supplyAsync(() -> c.storage().connectStoragePoolEventRegisterAny(
                null, 1, (id, pool, eventID, event, detail) -> events.add(id + " " + pool.name() + " " + eventID)));
        RpcMessage call = first.read();
        assertThat(call.header().procedure()).isEqualTo(StorageProcedures.CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY.number());
        assertThat(call.body(ConnectStoragePoolEventRegisterAnyArgs.class).eventID()).isOne();
        first.reply(call, ConnectStoragePoolEventRegisterAnyRet.class, new ConnectStoragePoolEventRegisterAnyRet(7));
        int id = reg.get(10, TimeUnit.SECONDS);
        refresh(first, 7, "a");
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo(id + " a 1");

        first.close();
        FakeDaemon.Conn second = daemon.accept();
        second.handshake();
        RpcMessage again = second.read();
        assertThat(again.header().procedure()).isEqualTo(StorageProcedures.CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY.number());
        assertThat(again.body(ConnectStoragePoolEventRegisterAnyArgs.class).eventID()).isOne();
        second.reply(again, ConnectStoragePoolEventRegisterAnyRet.class, new ConnectStoragePoolEventRegisterAnyRet(3));
        // a lifecycle message under the refresh registration's id is not this listener's
        second.message(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION, StorageProcedures.STORAGE_POOL_EVENT_LIFECYCLE.number(),
                StoragePoolEventLifecycleMsg.class, new StoragePoolEventLifecycleMsg(3, pool("x"), 2, 0));
        refresh(second, 3, "b");
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo(id + " b 1");

        CompletableFuture<Void> dereg = CompletableFuture.runAsync(() -> c.storage().connectStoragePoolEventDeregisterAny(id));
        RpcMessage d = second.read();
        assertThat(d.body(ConnectStoragePoolEventDeregisterAnyArgs.class).callbackID()).isEqualTo(3);
        second.reply(d, XdrVoid.class, new XdrVoid());
        dereg.get(10, TimeUnit.SECONDS);
        assertThat(events).isEmpty();
        c.client().close();
        second.close();
    }

    private static void refresh(FakeDaemon.Conn conn, int callbackID, String name) throws Exception {
        conn.message(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION, StorageProcedures.STORAGE_POOL_EVENT_REFRESH.number(),
                StoragePoolEventRefreshMsg.class, new StoragePoolEventRefreshMsg(callbackID, pool(name)));
    }

    private static NonnullStoragePool pool(String name) {
        return new NonnullStoragePool(name, new byte[16]);
    }
}
