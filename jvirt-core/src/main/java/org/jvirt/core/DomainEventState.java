package org.jvirt.core;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.spi.DomainEventBody;
import org.jvirt.spi.DomainEventCallback;
import org.jvirt.spi.DomainRef;

/**
 * The domain event callbacks of one driver instance (libvirt's virObjectEventState with its callback list):
 * registrations of every connection to the instance, ids counted per instance from 0, and the fan-out of a
 * raised event to the matching callbacks. Drivers raise events while still holding the domain's lock, right
 * after the state change, so every connection sees one domain's events in the order they happened; that is
 * safe because callbacks only enqueue (see {@link DomainEventCallback}). The monitor of this object is a leaf
 * lock: nothing is called under it that could take another lock.
 */
public final class DomainEventState {

    /** One registration; {@code owner} is the connection-side object that registered it (libvirt's conn). */
    private record Registration(int id, Object owner, UUID domain, int eventID, DomainEventCallback callback) {
    }

    private final List<Registration> registrations = new ArrayList<>();
    private int nextId;

    /**
     * virObjectEventStateRegisterID: refuses a callback already registered by the same owner for the same event
     * id and domain filter with libvirt's INVALID_ARG "event callback already tracked".
     */
    public synchronized int register(Object owner, DomainRef dom, int eventID, DomainEventCallback callback) {
        UUID filter = dom == null ? null : dom.uuid();
        for (Registration r : registrations) {
            if (r.owner == owner && r.callback == callback && r.eventID == eventID
                    && java.util.Objects.equals(r.domain, filter)) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE, "event callback already tracked");
            }
        }
        int id = nextId++;
        registrations.add(new Registration(id, owner, filter, eventID, callback));
        return id;
    }

    /**
     * An id from the same counter, for another object family's registration in this instance (libvirt's
     * virObjectEventState numbers every callback of a connection's driver in one sequence).
     */
    public synchronized int allocateId() {
        return nextId++;
    }

    /** virObjectEventStateDeregisterID: only the owner's own ids. */
    public synchronized void deregister(Object owner, int callbackID) {
        if (!registrations.removeIf(r -> r.id == callbackID && r.owner == owner)) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                    "could not find event callback %d for deletion", callbackID);
        }
    }

    /** Drops every registration of a closing connection. */
    public synchronized void deregisterAll(Object owner) {
        // a plain loop: no lambda to spin up when a one-shot client closes its connection
        for (java.util.Iterator<Registration> it = registrations.iterator(); it.hasNext();) {
            if (it.next().owner == owner) {
                it.remove();
            }
        }
    }

    public synchronized int size() {
        return registrations.size();
    }

    /** virObjectEventStateQueue: hands the event to every matching callback, in registration order. */
    public synchronized void raise(DomainRef dom, DomainEventBody body) {
        int eventID = body.eventID();
        for (Registration r : registrations) {
            if (r.eventID == eventID && (r.domain == null || r.domain.equals(dom.uuid()))) {
                r.callback.onDomainEvent(r.id, dom, body);
            }
        }
    }

    /** virDomainEventLifecycleNewFromObj + queue: the object's name, uuid and current id. */
    public void lifecycle(DomainObj obj, DomainEventDetail detail) {
        raise(obj.ref(), DomainEventBody.Lifecycle.of(detail));
    }
}
