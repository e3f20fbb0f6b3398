package org.jvirt.daemon.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jvirt.Connect;
import org.jvirt.daemon.RawClient;
import org.jvirt.daemon.TestDaemon;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.remote.ConnectDomainEventCallbackDeregisterAnyArgs;
import org.jvirt.rpc.remote.ConnectDomainEventCallbackRegisterAnyArgs;
import org.jvirt.rpc.remote.ConnectDomainEventRegisterAnyArgs;
import org.jvirt.rpc.remote.ConnectOpenArgs;
import org.jvirt.rpc.remote.DomainDestroyArgs;
import org.jvirt.rpc.remote.DomainEventCallbackLifecycleMsg;
import org.jvirt.rpc.remote.DomainEventLifecycleMsg;
import org.jvirt.rpc.remote.DomainLookupByNameArgs;
import org.jvirt.rpc.remote.DomainSuspendArgs;
import org.jvirt.rpc.remote.NonnullDomain;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.DomainEventProcedures;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrVoid;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Domain events as MESSAGE packets, their removal, and the read-only socket's refusals. */
class EventsAndReadOnlyTest {

    private static final Duration T = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private static NonnullDomain open(RawClient c) throws Exception {
        c.callOk(ConnectProcedures.CONNECT_OPEN, new ConnectOpenArgs("test:///default", 0));
        return c.callOk(DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs("test")).dom();
    }

    @Test
    void lifecycleEventsArriveWithTheirCallbackId() throws Exception {
        try (TestDaemon d = TestDaemon.start(dir, "");
             RawClient watcher = RawClient.connect(d.rwSocket());
             RawClient actor = RawClient.connect(d.rwSocket())) {
            open(watcher);
            NonnullDomain test = open(actor);
            int id = watcher.callOk(DomainEventProcedures.CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY,
                    new ConnectDomainEventCallbackRegisterAnyArgs(0, null)).callbackID();
            actor.callOk(DomainProcedures.DOMAIN_SUSPEND, new DomainSuspendArgs(test));
            RpcMessage m = watcher.next(T);
            assertThat(m.header().type()).isEqualTo(2);
            assertThat(m.header().procedure()).isEqualTo(DomainEventProcedures.DOMAIN_EVENT_CALLBACK_LIFECYCLE.number());
            DomainEventCallbackLifecycleMsg ev = m.body(DomainEventCallbackLifecycleMsg.class);
            assertThat(ev.callbackID()).isEqualTo(id);
            assertThat(ev.msg().dom().name()).isEqualTo("test");
            assertThat(ev.msg().event()).isEqualTo(3); // SUSPENDED
            assertThat(ev.msg().detail()).isEqualTo(0); // PAUSED

            watcher.callOk(DomainEventProcedures.CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY, new ConnectDomainEventCallbackDeregisterAnyArgs(id));
            actor.callOk(DomainProcedures.DOMAIN_DESTROY, new DomainDestroyArgs(test));
            assertThat(watcher.anythingWithin(Duration.ofMillis(500))).isFalse();
            RemoteError e = watcher.callError(DomainEventProcedures.CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY,
                    new ConnectDomainEventCallbackDeregisterAnyArgs(id));
            assertThat(e.message()).isEqualTo("internal error: domain event callback " + id + " not registered");
        }
    }

    @Test
    void legacyRegistrationGetsLegacyMessages() throws Exception {
        try (TestDaemon d = TestDaemon.start(dir, "");
             RawClient watcher = RawClient.connect(d.rwSocket());
             RawClient actor = RawClient.connect(d.rwSocket())) {
            open(watcher);
            NonnullDomain test = open(actor);
            watcher.callOk(DomainEventProcedures.CONNECT_DOMAIN_EVENT_REGISTER_ANY, new ConnectDomainEventRegisterAnyArgs(0));
            RemoteError twice = watcher.callError(DomainEventProcedures.CONNECT_DOMAIN_EVENT_REGISTER_ANY, new ConnectDomainEventRegisterAnyArgs(0));
            assertThat(twice.message()).isEqualTo("internal error: domain event 0 already registered");
            actor.callOk(DomainProcedures.DOMAIN_DESTROY, new DomainDestroyArgs(test));
            RpcMessage m = watcher.next(T);
            assertThat(m.header().procedure()).isEqualTo(DomainEventProcedures.DOMAIN_EVENT_LIFECYCLE.number());
            assertThat(m.body(DomainEventLifecycleMsg.class).event()).isEqualTo(5); // STOPPED
        }
    }

    @Test
    void unknownEventIdIsRefused() throws Exception {
        try (TestDaemon d = TestDaemon.start(dir, ""); RawClient c = RawClient.connect(d.rwSocket())) {
            open(c);
            RemoteError e = c.callError(DomainEventProcedures.CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY,
                    new ConnectDomainEventCallbackRegisterAnyArgs(99, null));
            assertThat(e.message()).isEqualTo("internal error: unsupported event ID 99");
        }
    }

    /** Registrations die with their client: nothing more is sent to a released link. */
    @Test
    void releaseDeregistersEverything() throws Exception {
        List<RpcMessage> sent = new CopyOnWriteArrayList<>();
        ClientLink link = new ClientLink() {
            public boolean send(RpcMessage m) {
                sent.add(m);
                return true;
            }

            public void close() {
            }

            public void startKeepAlive() {
            }

            public boolean readOnly() {
                return false;
            }

            public String describe() {
                return "fake";
            }
        };
        RemoteProgram program = RemoteProgram.standard();
        RemoteClient client = program.newClient(link);
        try (Connect other = Connect.open("test:///default")) {
            ConnectHandlersAccess.open(client);
            assertThat(client.registrationCount()).isZero();
            EventHandlersAccess.registerLifecycle(client);
            assertThat(client.registrationCount()).isEqualTo(1);
            other.domainLookupByName("test").suspend();
            awaitSize(sent, 1);
            client.release();
            assertThat(client.registrationCount()).isZero();
            other.domainLookupByName("test").resume();
            Thread.sleep(300);
            assertThat(sent).hasSize(1);
        }
    }

    private static void awaitSize(List<?> list, int n) throws InterruptedException {
        long end = System.nanoTime() + T.toNanos();
        while (list.size() < n && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(list).hasSize(n);
    }

    @Test
    void theReadOnlySocketRefusesMutationsInTheDaemon() throws Exception {
        Assumptions.assumeTrue(org.jvirt.daemon.conf.HostPaths.current().privileged(), "the read-only socket needs root, as in libvirtd");
        try (TestDaemon d = TestDaemon.start(dir, ""); RawClient c = RawClient.connect(d.roSocket())) {
            // the client asks for a read-write connection; the socket makes it read-only anyway
            NonnullDomain test = open(c);
            RemoteError e = c.callError(DomainProcedures.DOMAIN_DESTROY, new DomainDestroyArgs(test));
            assertThat(e.code()).isEqualTo(29); // VIR_ERR_OPERATION_DENIED
            assertThat(e.domain()).isEqualTo(20); // VIR_FROM_DOMAIN
            assertThat(e.message()).isEqualTo("operation forbidden: read only access prevents virDomainDestroy");
            // reading is fine, events too
            assertThat(c.callOk(ConnectProcedures.CONNECT_GET_TYPE, XdrVoid.VOID).type()).isEqualTo("TEST");
            c.callOk(DomainEventProcedures.CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY, new ConnectDomainEventCallbackRegisterAnyArgs(0, null));
        }
    }
}
