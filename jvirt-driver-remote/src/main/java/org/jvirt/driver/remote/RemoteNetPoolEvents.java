package org.jvirt.driver.remote;

import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.remote.ConnectNetworkEventDeregisterAnyArgs;
import org.jvirt.rpc.remote.ConnectNetworkEventRegisterAnyArgs;
import org.jvirt.rpc.remote.ConnectStoragePoolEventDeregisterAnyArgs;
import org.jvirt.rpc.remote.ConnectStoragePoolEventRegisterAnyArgs;
import org.jvirt.rpc.remote.NetworkEventLifecycleMsg;
import org.jvirt.rpc.remote.StorageProcedures;
import org.jvirt.rpc.remote.NetworkProcedures;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.remote.StoragePoolEventLifecycleMsg;
import org.jvirt.rpc.remote.StoragePoolEventRefreshMsg;
import org.jvirt.spi.NetworkRef;
import org.jvirt.spi.StoragePoolRef;

/** The wire side of network and storage pool events: which procedures register them and which messages carry them. */
final class RemoteNetPoolEvents {

    private RemoteNetPoolEvents() {
    }

    static RemoteObjectEvents<NetworkRef> networks(Supplier<RemoteClient> client) {
        return new RemoteObjectEvents<>(client, new RemoteObjectEvents.Procedures<>() {
            @Override
            public int register(RemoteClient c, int eventID, NetworkRef filter, IntConsumer onDaemonId) {
                return c.call(NetworkProcedures.CONNECT_NETWORK_EVENT_REGISTER_ANY,
                        new ConnectNetworkEventRegisterAnyArgs(eventID, filter == null ? null : RemoteTypes.network(filter)),
                        r -> onDaemonId.accept(r.callbackID())).callbackID();
            }

            @Override
            public void deregister(RemoteClient c, int daemonId) {
                c.call(NetworkProcedures.CONNECT_NETWORK_EVENT_DEREGISTER_ANY, new ConnectNetworkEventDeregisterAnyArgs(daemonId));
            }
        }, RemoteNetPoolEvents::network);
    }

    static RemoteObjectEvents<StoragePoolRef> pools(Supplier<RemoteClient> client) {
        return new RemoteObjectEvents<>(client, new RemoteObjectEvents.Procedures<>() {
            @Override
            public int register(RemoteClient c, int eventID, StoragePoolRef filter, IntConsumer onDaemonId) {
                return c.call(StorageProcedures.CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY,
                        new ConnectStoragePoolEventRegisterAnyArgs(eventID,
                                filter == null ? null : RemoteTypes.storagePool(filter)),
                        r -> onDaemonId.accept(r.callbackID())).callbackID();
            }

            @Override
            public void deregister(RemoteClient c, int daemonId) {
                c.call(StorageProcedures.CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY,
                        new ConnectStoragePoolEventDeregisterAnyArgs(daemonId));
            }
        }, RemoteNetPoolEvents::pool);
    }

    private static RemoteObjectEvents.Event<NetworkRef> network(RpcMessage m) {
        if (m.header().procedure() != NetworkProcedures.NETWORK_EVENT_LIFECYCLE.number()) {
            return null;
        }
        NetworkEventLifecycleMsg e = m.body(NetworkEventLifecycleMsg.class);
        return new RemoteObjectEvents.Event<>(e.callbackID(), RemoteTypes.network(e.net()), 0, e.event(), e.detail());
    }

    private static RemoteObjectEvents.Event<StoragePoolRef> pool(RpcMessage m) {
        int proc = m.header().procedure();
        if (proc == StorageProcedures.STORAGE_POOL_EVENT_LIFECYCLE.number()) {
            StoragePoolEventLifecycleMsg e = m.body(StoragePoolEventLifecycleMsg.class);
            return new RemoteObjectEvents.Event<>(e.callbackID(), RemoteTypes.storagePool(e.pool()), 0, e.event(), e.detail());
        }
        if (proc == StorageProcedures.STORAGE_POOL_EVENT_REFRESH.number()) {
            StoragePoolEventRefreshMsg e = m.body(StoragePoolEventRefreshMsg.class);
            return new RemoteObjectEvents.Event<>(e.callbackID(), RemoteTypes.storagePool(e.pool()), 1, 0, 0);
        }
        return null;
    }
}
