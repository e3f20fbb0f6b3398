package org.jvirt.driver.remote;

import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.spi.ObjectEventCallback;

/**
 * Network, storage pool or node device event registrations of one remote connection (one instance per kind),
 * kept by {@link RemoteCallbacks} as the domain events are; this class knows the kind's wire procedures and
 * decodes its event messages.
 *
 * @param <R> the object reference type
 */
final class RemoteObjectEvents<R> extends RemoteCallbacks<RemoteObjectEvents.Registration<R>> {

    /** The wire side of one kind: register (reporting the daemon's id from the reader thread) and deregister. */
    interface Procedures<R> {
        int register(RemoteClient c, int eventID, R filter, IntConsumer onDaemonId);

        void deregister(RemoteClient c, int daemonId);
    }

    /** An event message decoded: the daemon's callback id, the object, the event id, type and detail. */
    record Event<R>(int daemonId, R ref, int eventID, int event, int detail) {
    }

    record Registration<R>(int id, int eventID, R filter, ObjectEventCallback<R> callback)
            implements RemoteCallbacks.Entry {
    }

    private final Procedures<R> procedures;
    /** The kind's messages decoded, null for other procedures. */
    private final Function<RpcMessage, Event<R>> decoder;

    RemoteObjectEvents(Supplier<RemoteClient> client, Procedures<R> procedures, Function<RpcMessage, Event<R>> decoder) {
        super(client);
        this.procedures = procedures;
        this.decoder = decoder;
    }

    int register(R filter, int eventID, ObjectEventCallback<R> callback) {
        return add(id -> new Registration<>(id, eventID, filter, callback));
    }

    @Override
    int registerOnDaemon(RemoteClient c, Registration<R> reg, IntConsumer onDaemonId) {
        return procedures.register(c, reg.eventID(), reg.filter(), onDaemonId);
    }

    @Override
    void deregisterOnDaemon(RemoteClient c, int daemonId) {
        procedures.deregister(c, daemonId);
    }

    @Override
    void dispatch(RpcMessage m) {
        Event<R> e = decoder.apply(m);
        if (e == null) {
            return;
        }
        Registration<R> r = forDaemonId(e.daemonId());
        if (r != null && r.eventID() == e.eventID()) {
            r.callback().onObjectEvent(r.id(), e.ref(), e.eventID(), e.event(), e.detail());
        }
    }
}
