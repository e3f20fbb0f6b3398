package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.DomainEventProcedures.*;

import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.event.DomainEventId;
import org.jvirt.rpc.remote.ConnectDomainEventCallbackRegisterAnyRet;
import org.jvirt.rpc.remote.ConnectDomainEventDeregisterRet;
import org.jvirt.rpc.remote.ConnectDomainEventRegisterRet;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * Event registration: the modern callback procedures (events carry the callback id, may filter by domain)
 * and the legacy ones (one registration per event id, no id on the wire), each mapped to
 * Connect.domainEventRegisterAny on the client's connection; the client's departure undoes them all.
 */
final class EventHandlers {

    /** libvirt keeps legacy registration to the event ids that existed when the callback protocol came. */
    static final int LEGACY_LAST = DomainEventId.DEVICE_REMOVED.value();

    private EventHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY, (c, a) -> {
            DomainEventId id = eventId(a.eventID(), DomainEventId.values().length - 1);
            Domain dom = a.dom() == null ? null : c.domain(a.dom());
            return new ConnectDomainEventCallbackRegisterAnyRet(registerAny(c, dom, id, false));
        });
        t.on(CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY, (c, a) -> {
            Connect conn = c.conn();
            RemoteClient.Registration r = c.removeCallback(a.callbackID());
            if (r == null) {
                throw Wire.internal("domain event callback " + a.callbackID() + " not registered");
            }
            conn.domainEventDeregisterAny(r.callbackId());
            return XdrVoid.VOID;
        });
        t.on(CONNECT_DOMAIN_EVENT_REGISTER_ANY, (c, a) -> {
            registerLegacy(c, eventId(a.eventID(), LEGACY_LAST));
            return XdrVoid.VOID;
        });
        t.on(CONNECT_DOMAIN_EVENT_DEREGISTER_ANY, (c, a) -> {
            deregisterLegacy(c, eventId(a.eventID(), LEGACY_LAST));
            return XdrVoid.VOID;
        });
        t.on(CONNECT_DOMAIN_EVENT_REGISTER, (c, a) -> {
            registerLegacy(c, DomainEventId.LIFECYCLE);
            return new ConnectDomainEventRegisterRet(1);
        });
        t.on(CONNECT_DOMAIN_EVENT_DEREGISTER, (c, a) -> {
            deregisterLegacy(c, DomainEventId.LIFECYCLE);
            return new ConnectDomainEventDeregisterRet(0);
        });
    }

    private static DomainEventId eventId(int value, int last) {
        DomainEventId id = value < 0 || value > last ? null : DomainEventId.ofValue(value);
        if (id == null) {
            throw Wire.internal("unsupported event ID " + value);
        }
        return id;
    }

    private static int registerAny(RemoteClient c, Domain dom, DomainEventId id, boolean legacy) {
        Connect conn = c.conn();
        DomainEventRelay relay = new DomainEventRelay(c.link(), legacy);
        int callbackId = conn.domainEventRegisterAny(dom, id, relay);
        RemoteClient.Registration r = new RemoteClient.Registration(callbackId, id.value(), legacy,
                () -> conn.domainEventDeregisterAny(callbackId));
        if (!c.addRegistration(r)) {
            // the client left while registering: nobody will deregister this one later
            conn.domainEventDeregisterAny(callbackId);
            throw RemoteClient.notOpen();
        }
        relay.ready(callbackId);
        return callbackId;
    }

    private static void registerLegacy(RemoteClient c, DomainEventId id) {
        c.conn();
        if (c.legacy(id.value()) != null) {
            throw Wire.internal("domain event " + id.value() + " already registered");
        }
        registerAny(c, null, id, true);
    }

    private static void deregisterLegacy(RemoteClient c, DomainEventId id) {
        Connect conn = c.conn();
        RemoteClient.Registration r = c.legacy(id.value());
        if (r == null) {
            throw Wire.internal("domain event " + id.value() + " not registered");
        }
        conn.domainEventDeregisterAny(r.callbackId());
        c.forget(r);
    }
}
