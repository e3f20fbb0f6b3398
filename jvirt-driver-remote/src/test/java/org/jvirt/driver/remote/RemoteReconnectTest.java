package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.remote.ConnectDomainEventCallbackDeregisterAnyArgs;
import org.jvirt.rpc.remote.ConnectDomainEventCallbackRegisterAnyArgs;
import org.jvirt.rpc.remote.ConnectDomainEventCallbackRegisterAnyRet;
import org.jvirt.rpc.remote.DomainEventCallbackLifecycleMsg;
import org.jvirt.rpc.remote.DomainEventLifecycleMsg;
import org.jvirt.rpc.remote.NonnullDomain;
import org.jvirt.rpc.remote.DomainEventProcedures;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.DomainEventBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A connection with event listeners outlives its link: calls fail while the daemon is gone, as in libvirt, and
 * once it is back the connection reconnects, registers its listeners again, and events flow under the ids the
 * caller was given.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RemoteReconnectTest {

    @RegisterExtension
    final FakeDaemon daemon = FakeDaemon.perTest();

    private record Event(int id, String dom, DomainEventBody body) {
    }

    @Test
    void listenersAreRegisteredAgainOnANewLink() throws Exception {
        RemoteTarget target = RemoteTargets.resolve("test+unix:///default?socket=" + daemon.socketPath(), 0,
                new FakeHost(0), false);
        CompletableFuture<RemoteConnection> open = CompletableFuture.supplyAsync(() -> RemoteConnection.open(target,
                Duration.ofSeconds(5), 5, new RemoteReconnect(Duration.ofMillis(50), Duration.ofMillis(200))));
        FakeDaemon.Conn first = daemon.accept();
        first.handshake();
        RemoteConnection c = open.get(10, TimeUnit.SECONDS);

        LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> reg = CompletableFuture.supplyAsync(() -> c.hypervisor().connectDomainEventRegisterAny(
                null, 0, (id, dom, body) -> events.add(new Event(id, dom.name(), body))));
        RpcMessage call = first.read();
        assertThat(call.body(ConnectDomainEventCallbackRegisterAnyArgs.class).eventID()).isZero();
        first.reply(call, ConnectDomainEventCallbackRegisterAnyRet.class, new ConnectDomainEventCallbackRegisterAnyRet(7));
        int id = reg.get(10, TimeUnit.SECONDS);
        first.message(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION, DomainEventProcedures.DOMAIN_EVENT_CALLBACK_LIFECYCLE.number(),
                DomainEventCallbackLifecycleMsg.class, lifecycle(7, "a", 2));
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo(new Event(id, "a", new DomainEventBody.Lifecycle(2, 0)));

        // the daemon goes away: calls fail as in libvirt
        first.close();
        waitUntil(() -> !c.hypervisor().connectIsAlive());
        assertThatThrownBy(() -> c.hypervisor().connectGetHostname()).isInstanceOfSatisfying(VirtException.class,
                e -> assertThat(e.getMessage()).isEqualTo("internal error: client socket is closed"));

        // it comes back: the connection reconnects by itself and registers the listener again
        FakeDaemon.Conn second = daemon.accept();
        second.handshake();
        RpcMessage again = second.read();
        assertThat(again.header().procedure()).isEqualTo(DomainEventProcedures.CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY.number());
        second.reply(again, ConnectDomainEventCallbackRegisterAnyRet.class, new ConnectDomainEventCallbackRegisterAnyRet(3));
        second.message(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION, DomainEventProcedures.DOMAIN_EVENT_CALLBACK_LIFECYCLE.number(),
                DomainEventCallbackLifecycleMsg.class, lifecycle(3, "b", 5));
        // delivered under the id the caller was given, though the daemon's id changed
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo(new Event(id, "b", new DomainEventBody.Lifecycle(5, 0)));
        assertThat(c.hypervisor().connectIsAlive()).isTrue();

        // deregistering names the daemon's new id
        CompletableFuture<Void> dereg = CompletableFuture.runAsync(() -> c.hypervisor().connectDomainEventDeregisterAny(id));
        RpcMessage d = second.read();
        assertThat(d.body(ConnectDomainEventCallbackDeregisterAnyArgs.class).callbackID()).isEqualTo(3);
        second.reply(d, XdrVoid.class, new XdrVoid());
        dereg.get(10, TimeUnit.SECONDS);
        c.client().close();
        second.close();
    }

    @Test
    void withoutListenersALostLinkStaysLost() throws Exception {
        RemoteTarget target = RemoteTargets.resolve("test+unix:///default?socket=" + daemon.socketPath(), 0,
                new FakeHost(0), false);
        CompletableFuture<RemoteConnection> open = CompletableFuture.supplyAsync(() -> RemoteConnection.open(target,
                Duration.ofSeconds(5), 5, new RemoteReconnect(Duration.ofMillis(10), Duration.ofMillis(20))));
        FakeDaemon.Conn first = daemon.accept();
        first.handshake();
        RemoteConnection c = open.get(10, TimeUnit.SECONDS);
        first.close();
        waitUntil(() -> !c.hypervisor().connectIsAlive());
        Thread.sleep(200);
        assertThat(c.hypervisor().connectIsAlive()).isFalse();
        c.close();
    }

    private static DomainEventCallbackLifecycleMsg lifecycle(int callbackID, String name, int event) {
        return new DomainEventCallbackLifecycleMsg(callbackID,
                new DomainEventLifecycleMsg(new NonnullDomain(name, new byte[16], 1), event, 0));
    }

    private static void waitUntil(java.util.function.BooleanSupplier cond) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached");
            }
            Thread.sleep(10);
        }
    }
}
