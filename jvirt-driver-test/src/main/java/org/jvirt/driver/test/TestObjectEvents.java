package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.ObjectEventCallback;

/**
 * The network or storage pool event callbacks of one test driver instance (one instance per kind, libvirt's
 * eventState): registrations of every connection, each tied to its owner, filtered by object name, and the
 * fan-out of events to them.
 *
 * @param <R> the object reference type handed to callbacks
 */
final class TestObjectEvents<R> {

    static final int LIFECYCLE = 0;
    /** Storage pools' second event id. */
    static final int REFRESH = 1;

    // virNetworkEventLifecycleType / virStoragePoolEventLifecycleType (the first four are shared)
    static final int DEFINED = 0;
    static final int UNDEFINED = 1;
    static final int STARTED = 2;
    static final int STOPPED = 3;
    static final int CREATED = 4;
    static final int DELETED = 5;

    private record Registration<R>(int id, Object owner, String name, int eventID, ObjectEventCallback<R> callback) {
    }

    private final List<Registration<R>> registrations = new ArrayList<>();
    /** Ids come from the domain events' counter: libvirt numbers every callback of an instance in one sequence. */
    private final org.jvirt.core.DomainEventState ids;
    private final Function<R, String> nameOf;

    TestObjectEvents(org.jvirt.core.DomainEventState ids, Function<R, String> nameOf) {
        this.ids = ids;
        this.nameOf = nameOf;
    }

    synchronized int register(Object owner, R filter, int eventID, ObjectEventCallback<R> cb) {
        int id = ids.allocateId();
        registrations.add(new Registration<>(id, owner, filter == null ? null : nameOf.apply(filter), eventID, cb));
        return id;
    }

    synchronized void deregister(Object owner, int id) {
        if (!registrations.removeIf(r -> r.id == id && r.owner == owner)) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                    "could not find event callback %d for deletion", id);
        }
    }

    synchronized void deregisterAll(Object owner) {
        registrations.removeIf(r -> r.owner == owner);
    }

    void lifecycle(R ref, int event) {
        raise(ref, LIFECYCLE, event);
    }

    void refresh(R ref) {
        raise(ref, REFRESH, 0);
    }

    private synchronized void raise(R ref, int eventID, int event) {
        String name = nameOf.apply(ref);
        for (Registration<R> r : registrations) {
            if (r.eventID == eventID && (r.name == null || r.name.equals(name))) {
                r.callback.onObjectEvent(r.id, ref, eventID, event, 0);
            }
        }
    }
}
