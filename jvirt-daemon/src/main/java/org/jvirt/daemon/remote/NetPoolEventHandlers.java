package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.NetworkProcedures.*;
import static org.jvirt.rpc.remote.StorageProcedures.*;

import java.util.function.IntConsumer;
import org.jvirt.Connect;
import org.jvirt.Network;
import org.jvirt.StoragePool;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.remote.ConnectNetworkEventRegisterAnyRet;
import org.jvirt.rpc.remote.ConnectStoragePoolEventRegisterAnyRet;
import org.jvirt.rpc.remote.NetworkEventLifecycleMsg;
import org.jvirt.rpc.remote.RemoteProcedure;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.remote.StoragePoolEventLifecycleMsg;
import org.jvirt.rpc.remote.StoragePoolEventRefreshMsg;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * Network and storage pool event registration (remoteDispatchConnectNetworkEventRegisterAny,
 * ...StoragePoolEventRegisterAny and their DeregisterAny) and the relay of each event to its client as a
 * NETWORK_EVENT_LIFECYCLE, STORAGE_POOL_EVENT_LIFECYCLE or STORAGE_POOL_EVENT_REFRESH message. The client's
 * departure undoes the registrations (RemoteClient's registrations).
 */
final class NetPoolEventHandlers {

    private NetPoolEventHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(CONNECT_NETWORK_EVENT_REGISTER_ANY, (c, a) -> {
            Connect conn = c.conn();
            if (a.eventID() < 0 || a.eventID() >= 1) {
                throw Wire.internal("unsupported network event ID " + a.eventID());
            }
            Network net = a.net() == null ? null : conn.network(RemoteTypes.network(a.net()));
            Relay relay = new Relay();
            int id = conn.networkEventRegisterAny(net, a.eventID(), (n, eventId, event, detail) -> relay.send(c.link(),
                    cb -> packet(NETWORK_EVENT_LIFECYCLE,
                            new NetworkEventLifecycleMsg(cb, RemoteTypes.network(n.ref()), event, detail))));
            keep(c, relay, id, a.eventID(), conn::networkEventDeregisterAny);
            return new ConnectNetworkEventRegisterAnyRet(id);
        });
        t.on(CONNECT_NETWORK_EVENT_DEREGISTER_ANY, (c, a) -> {
            Connect conn = c.conn();
            forget(c, a.callbackID(), "network");
            conn.networkEventDeregisterAny(a.callbackID());
            return XdrVoid.VOID;
        });
        t.on(CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY, (c, a) -> {
            Connect conn = c.conn();
            if (a.eventID() < 0 || a.eventID() >= 2) {
                throw Wire.internal("unsupported storage pool event ID " + a.eventID());
            }
            StoragePool pool = a.pool() == null ? null : conn.storagePool(RemoteTypes.storagePool(a.pool()));
            Relay relay = new Relay();
            int id = conn.storagePoolEventRegisterAny(pool, a.eventID(), (p, eventId, event, detail) -> relay.send(
                    c.link(), cb -> eventId == 0
                            ? packet(STORAGE_POOL_EVENT_LIFECYCLE, new StoragePoolEventLifecycleMsg(cb,
                                    RemoteTypes.storagePool(p.ref()), event, detail))
                            : packet(STORAGE_POOL_EVENT_REFRESH, new StoragePoolEventRefreshMsg(cb,
                                    RemoteTypes.storagePool(p.ref())))));
            keep(c, relay, id, a.eventID(), conn::storagePoolEventDeregisterAny);
            return new ConnectStoragePoolEventRegisterAnyRet(id);
        });
        t.on(CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY, (c, a) -> {
            Connect conn = c.conn();
            forget(c, a.callbackID(), "storage pool");
            conn.storagePoolEventDeregisterAny(a.callbackID());
            return XdrVoid.VOID;
        });
    }

    /** Ties the registration to the client; a client that left meanwhile gets nothing registered. */
    private static void keep(RemoteClient c, Relay relay, int id, int eventID, IntConsumer deregister) {
        RemoteClient.Registration r = new RemoteClient.Registration(id, eventID, false, () -> deregister.accept(id));
        if (!c.addRegistration(r)) {
            deregister.accept(id);
            throw RemoteClient.notOpen();
        }
        relay.ready(id);
    }

    private static void forget(RemoteClient c, int callbackID, String kind) {
        if (c.removeCallback(callbackID) == null) {
            throw Wire.internal(kind + " event callback " + callbackID + " not registered");
        }
    }

    private static <A> RpcMessage packet(RemoteProcedure<A, ?> proc, A body) {
        return RpcMessage.of(RpcHeader.message(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION, proc.number()),
                proc.args(), body);
    }

    /** Events raised before the registration's id is known are dropped, as in libvirt. */
    private static final class Relay {
        private volatile int callbackId = -1;

        void ready(int id) {
            callbackId = id;
        }

        void send(ClientLink link, java.util.function.IntFunction<RpcMessage> message) {
            int id = callbackId;
            if (id >= 0) {
                link.send(message.apply(id));
            }
        }
    }
}
