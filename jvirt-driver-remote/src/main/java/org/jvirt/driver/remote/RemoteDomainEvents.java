package org.jvirt.driver.remote;

import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.remote.ConnectDomainEventCallbackDeregisterAnyArgs;
import org.jvirt.rpc.remote.ConnectDomainEventCallbackRegisterAnyArgs;
import org.jvirt.rpc.remote.DomainEventCallbackLifecycleMsg;
import org.jvirt.rpc.remote.DomainEventCallbackMetadataChangeMsg;
import org.jvirt.rpc.remote.DomainEventCallbackRebootMsg;
import org.jvirt.rpc.remote.DomainEventProcedures;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.spi.DomainEventBody;
import org.jvirt.spi.DomainEventCallback;
import org.jvirt.spi.DomainRef;

/**
 * Domain event registrations of one remote connection. Each registration is one daemon-side registration
 * (CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY); events arrive as MESSAGE packets carrying the daemon's callback
 * id. Callers get ids of this connection's own (as libvirt's remote driver hands out its own), kept by
 * {@link RemoteCallbacks}, which makes every registration again when a lost link is replaced.
 */
final class RemoteDomainEvents extends RemoteCallbacks<RemoteDomainEvents.Registration> {

    record Registration(int id, int eventID, DomainRef dom, DomainEventCallback callback)
            implements RemoteCallbacks.Entry {
    }

    RemoteDomainEvents(Supplier<RemoteClient> client) {
        super(client);
    }

    /** As in libvirt, the same callback for the same event and domain twice is refused. */
    synchronized int register(DomainRef dom, int eventID, DomainEventCallback callback) {
        for (Registration r : all()) {
            if (r.callback() == callback && r.eventID() == eventID && sameDomain(r.dom(), dom)) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE, "event callback already tracked");
            }
        }
        return add(id -> new Registration(id, eventID, dom, callback));
    }

    @Override
    int registerOnDaemon(RemoteClient c, Registration reg, IntConsumer onDaemonId) {
        return c.call(DomainEventProcedures.CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY,
                new ConnectDomainEventCallbackRegisterAnyArgs(reg.eventID(),
                        reg.dom() == null ? null : RemoteTypes.domain(reg.dom())),
                r -> onDaemonId.accept(r.callbackID())).callbackID();
    }

    @Override
    void deregisterOnDaemon(RemoteClient c, int daemonId) {
        c.call(DomainEventProcedures.CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY,
                new ConnectDomainEventCallbackDeregisterAnyArgs(daemonId));
    }

    @Override
    void dispatch(RpcMessage m) {
        int proc = m.header().procedure();
        if (proc == DomainEventProcedures.DOMAIN_EVENT_CALLBACK_LIFECYCLE.number()) {
            DomainEventCallbackLifecycleMsg e = m.body(DomainEventCallbackLifecycleMsg.class);
            deliver(e.callbackID(), RemoteTypes.domain(e.msg().dom()),
                    new DomainEventBody.Lifecycle(e.msg().event(), e.msg().detail()));
        } else if (proc == DomainEventProcedures.DOMAIN_EVENT_CALLBACK_REBOOT.number()) {
            DomainEventCallbackRebootMsg e = m.body(DomainEventCallbackRebootMsg.class);
            deliver(e.callbackID(), RemoteTypes.domain(e.msg().dom()), new DomainEventBody.Reboot());
        } else if (proc == DomainEventProcedures.DOMAIN_EVENT_CALLBACK_METADATA_CHANGE.number()) {
            DomainEventCallbackMetadataChangeMsg e = m.body(DomainEventCallbackMetadataChangeMsg.class);
            deliver(e.callbackID(), RemoteTypes.domain(e.dom()), new DomainEventBody.MetadataChange(e.type(), e.nsuri()));
        }
    }

    private void deliver(int daemonId, DomainRef dom, DomainEventBody body) {
        Registration r = forDaemonId(daemonId);
        if (r != null && r.eventID() == body.eventID()) {
            r.callback().onDomainEvent(r.id(), dom, body);
        }
    }

    private static boolean sameDomain(DomainRef a, DomainRef b) {
        return a == null ? b == null : b != null && Objects.equals(a.uuid(), b.uuid());
    }
}
