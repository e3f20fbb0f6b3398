package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.NodeDeviceEventCallback;
import org.jvirt.spi.NodeDeviceRef;

/**
 * The node device event callbacks of one test driver instance (its virObjectEventState's node device part):
 * registrations of every connection, each tied to its owner, and the fan-out of CREATED/DELETED lifecycle events.
 */
final class TestNodeDeviceEvents {

    static final int LIFECYCLE = 0;
    static final int CREATED = 0;
    static final int DELETED = 1;

    private record Registration(int id, Object owner, String device, int eventID, NodeDeviceEventCallback callback) {
    }

    private final List<Registration> registrations = new ArrayList<>();
    /** Ids come from the domain events' counter: libvirt numbers every callback of an instance in one sequence. */
    private final org.jvirt.core.DomainEventState ids;

    TestNodeDeviceEvents(org.jvirt.core.DomainEventState ids) {
        this.ids = ids;
    }

    synchronized int register(Object owner, NodeDeviceRef dev, int eventID, NodeDeviceEventCallback cb) {
        int id = ids.allocateId();
        registrations.add(new Registration(id, owner, dev == null ? null : dev.name(), eventID, cb));
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

    void created(String name) {
        raise(name, CREATED);
    }

    void deleted(String name) {
        raise(name, DELETED);
    }

    private synchronized void raise(String name, int event) {
        for (Registration r : registrations) {
            if (r.eventID == LIFECYCLE && (r.device == null || r.device.equals(name))) {
                r.callback.onNodeDeviceEvent(r.id, NodeDeviceRef.of(name), LIFECYCLE, event, 0);
            }
        }
    }
}
