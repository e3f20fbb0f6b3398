package org.jvirt.driver.remote;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcMessage;

/**
 * The bookkeeping of one kind of event registrations on a remote connection (domain events, network events...):
 * callers get ids of this connection's own, each backed by one daemon-side registration on the current link;
 * when a lost link is replaced every registration is made again. The daemon's id is recorded on the reader
 * thread as the reply is read, so an event sent right behind the reply finds its callback.
 *
 * A kind extends it with its wire procedures and the decoding of its event messages.
 *
 * @param <G> the registration (what the kind needs to register again and to deliver)
 */
abstract class RemoteCallbacks<G extends RemoteCallbacks.Entry> {

    /** A registration knows its id on this connection. */
    interface Entry {
        int id();
    }

    private final Supplier<RemoteClient> client;
    private final Map<Integer, G> byId = new ConcurrentHashMap<>();
    /** The daemon's callback id -> registration, for the current link only. */
    private final Map<Integer, G> byDaemonId = new ConcurrentHashMap<>();
    /** Registration id -> the daemon's callback id on the current link. */
    private final Map<Integer, Integer> daemonIds = new ConcurrentHashMap<>();
    private int nextId;

    RemoteCallbacks(Supplier<RemoteClient> client) {
        this.client = client;
    }

    /** Registers on the daemon; {@code onDaemonId} hears the daemon's id on the reader thread. */
    abstract int registerOnDaemon(RemoteClient c, G reg, IntConsumer onDaemonId);

    abstract void deregisterOnDaemon(RemoteClient c, int daemonId);

    /** An event MESSAGE on the reader thread; other procedures and unknown ids are dropped. */
    abstract void dispatch(RpcMessage m);

    /** Registers {@code make(id)} on the daemon and returns its id; nothing is kept when the daemon refuses. */
    final synchronized int add(IntFunction<G> make) {
        G reg = make.apply(nextId);
        registerOn(client.get(), reg);
        nextId++;
        byId.put(reg.id(), reg);
        return reg.id();
    }

    private void registerOn(RemoteClient c, G reg) {
        int daemonId = registerOnDaemon(c, reg, id -> byDaemonId.put(id, reg));
        daemonIds.put(reg.id(), daemonId);
    }

    /** While the link is down there is nothing to deregister on the daemon's side: the registration just ends. */
    final synchronized void deregister(int callbackID) {
        if (!byId.containsKey(callbackID)) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                    "event callback id %d not registered", callbackID);
        }
        Integer daemonId = daemonIds.get(callbackID);
        RemoteClient c = client.get();
        if (daemonId != null && c.isOpen()) {
            deregisterOnDaemon(c, daemonId);
        }
        byId.remove(callbackID);
        daemonIds.remove(callbackID);
        if (daemonId != null) {
            byDaemonId.remove(daemonId);
        }
    }

    final Iterable<G> all() {
        return byId.values();
    }

    final boolean hasRegistrations() {
        return !byId.isEmpty();
    }

    /** The registration the daemon's callback id stands for on the current link, or null. */
    final G forDaemonId(int daemonId) {
        return byDaemonId.get(daemonId);
    }

    /** The link went: the daemon forgot every registration. */
    final void linkLost() {
        byDaemonId.clear();
        daemonIds.clear();
    }

    /** A new link: every registration is made again; one the daemon now refuses (its object is gone) ends. */
    final synchronized void reRegister(RemoteClient c) {
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
