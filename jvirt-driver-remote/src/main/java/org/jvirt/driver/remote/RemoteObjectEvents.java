package org.jvirt.driver.remote;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.spi.ObjectEventCallback;

/**
 * Network or storage pool event registrations of one remote connection (one instance per kind), kept as the
 * domain events are: callers get ids of this connection's own, each backed by one daemon-side registration on
 * the current link; when a lost link is replaced every registration is made again. The daemon's id is recorded
 * on the reader thread as the reply is read, so an event sent right behind the reply finds its callback.
 *
 * @param <R> the object reference type
 */
final class RemoteObjectEvents<R> {

    /** The wire side of one kind: register (reporting the daemon's id from the reader thread) and deregister. */
    interface Procedures<R> {
        int register(RemoteClient c, int eventID, R filter, IntConsumer onDaemonId);

        void deregister(RemoteClient c, int daemonId);
    }

    /** An event message decoded: the daemon's callback id, the object, the event id, type and detail. */
    record Event<R>(int daemonId, R ref, int eventID, int event, int detail) {
    }

    private record Registration<R>(int id, int eventID, R filter, ObjectEventCallback<R> callback) {
    }

    private final Supplier<RemoteClient> client;
    private final Procedures<R> procedures;
    /** The kind's messages decoded, null for other procedures. */
    private final Function<RpcMessage, Event<R>> decoder;
    private final Map<Integer, Registration<R>> byId = new ConcurrentHashMap<>();
    /** The daemon's callback id -> registration, for the current link only. */
    private final Map<Integer, Registration<R>> byDaemonId = new ConcurrentHashMap<>();
    /** Registration id -> the daemon's callback id on the current link. */
    private final Map<Integer, Integer> daemonIds = new ConcurrentHashMap<>();
    private int nextId;

    RemoteObjectEvents(Supplier<RemoteClient> client, Procedures<R> procedures, Function<RpcMessage, Event<R>> decoder) {
        this.client = client;
        this.procedures = procedures;
        this.decoder = decoder;
    }

    synchronized int register(R filter, int eventID, ObjectEventCallback<R> callback) {
        Registration<R> reg = new Registration<>(nextId, eventID, filter, callback);
        registerOn(client.get(), reg);
        nextId++;
        byId.put(reg.id(), reg);
        return reg.id();
    }

    private void registerOn(RemoteClient c, Registration<R> reg) {
        int daemonId = procedures.register(c, reg.eventID(), reg.filter(), id -> byDaemonId.put(id, reg));
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
            procedures.deregister(c, daemonId);
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

    /** A new link: every registration is made again; one the daemon now refuses (its object is gone) ends. */
    synchronized void reRegister(RemoteClient c) {
        for (Registration<R> reg : byId.values()) {
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

    /** An event MESSAGE on the reader thread; other procedures and unknown ids are dropped. */
    void dispatch(RpcMessage m) {
        Event<R> e = decoder.apply(m);
        if (e == null) {
            return;
        }
        Registration<R> r = byDaemonId.get(e.daemonId());
        if (r != null && r.eventID() == e.eventID()) {
            r.callback().onObjectEvent(r.id(), e.ref(), e.eventID(), e.event(), e.detail());
        }
    }
}
