package org.jvirt.driver.remote;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The bookkeeping of one kind of event registrations on a remote connection (domain events, network events...):
 * callers get ids of this connection's own, each backed by one daemon-side registration on the current link;
 * when a lost link is replaced every registration is made again. The daemon's id is recorded on the reader
 * thread as the reply is read, so an event sent right behind the reply finds its callback.
 *
 * @param <G> the registration (what the kind needs to register again and to deliver)
 */
final class RemoteCallbacks<G extends RemoteCallbacks.Entry> {

    /** A registration knows its id on this connection. */
    interface Entry {
        int id();
    }

    /** The wire side of one kind: register (reporting the daemon's id from the reader thread) and deregister. */
    interface Wire<G> {
        int register(RemoteClient c, G reg, IntConsumer onDaemonId);

        void deregister(RemoteClient c, int daemonId);
    }

    private final Supplier<RemoteClient> client;
    private final Wire<G> wire;
    private final Map<Integer, G> byId = new ConcurrentHashMap<>();
    /** The daemon's callback id -> registration, for the current link only. */
    private final Map<Integer, G> byDaemonId = new ConcurrentHashMap<>();
    /** Registration id -> the daemon's callback id on the current link. */
    private final Map<Integer, Integer> daemonIds = new ConcurrentHashMap<>();
    private int nextId;

    RemoteCallbacks(Supplier<RemoteClient> client, Wire<G> wire) {
        this.client = client;
        this.wire = wire;
    }

    /** Registers {@code make(id)} on the daemon and returns its id; nothing is kept when the daemon refuses. */
    synchronized int add(IntFunction<G> make) {
        G reg = make.apply(nextId);
        registerOn(client.get(), reg);
        nextId++;
        byId.put(reg.id(), reg);
        return reg.id();
    }

    private void registerOn(RemoteClient c, G reg) {
        int daemonId = wire.register(c, reg, id -> byDaemonId.put(id, reg));
        daemonIds.put(reg.id(), daemonId);
    }

    /** While the link is down there is nothing to deregister on the daemon's side: the registration just ends. */
    synchronized void remove(int callbackID) {
        if (!byId.containsKey(callbackID)) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                    "event callback id %d not registered", callbackID);
        }
        Integer daemonId = daemonIds.get(callbackID);
        RemoteClient c = client.get();
        if (daemonId != null && c.isOpen()) {
            wire.deregister(c, daemonId);
        }
        byId.remove(callbackID);
        daemonIds.remove(callbackID);
        if (daemonId != null) {
            byDaemonId.remove(daemonId);
        }
    }

    Iterable<G> all() {
        return byId.values();
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The registration the daemon's callback id stands for on the current link, or null. */
    G forDaemonId(int daemonId) {
        return byDaemonId.get(daemonId);
    }

    /** The link went: the daemon forgot every registration. */
    void linkLost() {
        byDaemonId.clear();
        daemonIds.clear();
    }

    /** A new link: every registration is made again; one the daemon now refuses (its object is gone) ends. */
    synchronized void reRegister(RemoteClient c) {
        for (G reg : byId.values()) {
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
}
