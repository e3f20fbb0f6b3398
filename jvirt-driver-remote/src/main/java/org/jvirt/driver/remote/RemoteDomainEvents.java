package org.jvirt.driver.remote;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
 * id. Callers get ids of this connection's own (as libvirt's remote driver hands out its own), which stay valid
 * when a lost link is replaced and every registration is made again on the new one. The daemon's id is
 * recorded on the reader thread as the reply is read, so an event sent right behind the reply finds its callback.
 */
final class RemoteDomainEvents {

    private record Registration(int id, int eventID, DomainRef dom, DomainEventCallback callback) {
    }

    private final Supplier<RemoteClient> client;
    private final Map<Integer, Registration> byId = new ConcurrentHashMap<>();
    /** The daemon's callback id -> registration, for the current link only. */
    private final Map<Integer, Registration> byDaemonId = new ConcurrentHashMap<>();
    /** Registration id -> the daemon's callback id on the current link. */
    private final Map<Integer, Integer> daemonIds = new ConcurrentHashMap<>();
    private int nextId;

    RemoteDomainEvents(Supplier<RemoteClient> client) {
        this.client = client;
    }

    synchronized int register(DomainRef dom, int eventID, DomainEventCallback callback) {
        for (Registration r : byId.values()) {
            if (r.callback() == callback && r.eventID() == eventID && sameDomain(r.dom(), dom)) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE, "event callback already tracked");
            }
        }
        Registration reg = new Registration(nextId, eventID, dom, callback);
        registerOn(client.get(), reg);
        nextId++;
        byId.put(reg.id(), reg);
        return reg.id();
    }

    private void registerOn(RemoteClient c, Registration reg) {
        int daemonId = c.call(DomainEventProcedures.CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY,
                new ConnectDomainEventCallbackRegisterAnyArgs(reg.eventID(),
                        reg.dom() == null ? null : RemoteTypes.domain(reg.dom())),
                r -> byDaemonId.put(r.callbackID(), reg)).callbackID();
        daemonIds.put(reg.id(), daemonId);
    }

    /** While the link is down there is nothing to deregister on the daemon's side: the registration just ends. */
    synchronized void deregister(int callbackID) {
        if (!byId.containsKey(callbackID)) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                    "event callback id %d not registered", callbackID);
        }
        Integer daemonId = daemonIds.get(callbackID);
        RemoteClient c = client.get();
        if (daemonId != null && c.isOpen()) {
            c.call(DomainEventProcedures.CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY,
                    new ConnectDomainEventCallbackDeregisterAnyArgs(daemonId));
        }
        byId.remove(callbackID);
        daemonIds.remove(callbackID);
        if (daemonId != null) {
            byDaemonId.remove(daemonId);
        }
    }

    boolean hasRegistrations() {
        return !byId.isEmpty();
    }

    /** The link went: the daemon forgot every registration. */
    void linkLost() {
        byDaemonId.clear();
        daemonIds.clear();
    }

    /** A new link: every registration is made again; one the daemon now refuses (its domain is gone) ends. */
    synchronized void reRegister(RemoteClient c) {
        for (Registration reg : byId.values()) {
            try {
                registerOn(c, reg);
            } catch (VirtException e) {
                if (!c.isOpen()) {
                    throw e;
                }
                byId.remove(reg.id());
            }
        }
    }

    /** An event MESSAGE from the daemon, on the reader thread; unknown procedures and ids are dropped. */
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
        Registration r = byDaemonId.get(daemonId);
        if (r != null && r.eventID() == body.eventID()) {
            r.callback().onDomainEvent(r.id(), dom, body);
        }
    }

    private static boolean sameDomain(DomainRef a, DomainRef b) {
        return a == null ? b == null : b != null && Objects.equals(a.uuid(), b.uuid());
    }
}
