package org.jvirt.driver.remote;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.remote.ConnectNodeDeviceEventDeregisterAnyArgs;
import org.jvirt.rpc.remote.ConnectNodeDeviceEventRegisterAnyArgs;
import org.jvirt.rpc.remote.NodeDeviceEventLifecycleMsg;
import org.jvirt.rpc.remote.NodeDeviceEventUpdateMsg;
import org.jvirt.rpc.remote.NonnullNodeDevice;
import org.jvirt.rpc.remote.NodeDeviceProcedures;
import org.jvirt.spi.NodeDeviceEventCallback;
import org.jvirt.spi.NodeDeviceRef;

/**
 * Node device event registrations of one remote connection: one daemon-side registration each, events arriving
 * as MESSAGE packets with the daemon's callback id (recorded on the reader thread with the reply, so an event
 * right behind it finds its callback). Unlike domain events they are not made again on a new link.
 */
final class RemoteNodeDeviceEvents {

    private record Registration(int daemonId, int eventID, NodeDeviceEventCallback callback) {
    }

    private final Supplier<RemoteClient> client;
    private final Map<Integer, Registration> byDaemonId = new ConcurrentHashMap<>();

    RemoteNodeDeviceEvents(Supplier<RemoteClient> client) {
        this.client = client;
    }

    /** The daemon's callback id is the caller's id too (libvirt's remote driver keeps its own; one link here). */
    int register(NodeDeviceRef dev, int eventID, NodeDeviceEventCallback callback) {
        return client.get().call(NodeDeviceProcedures.CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY,
                new ConnectNodeDeviceEventRegisterAnyArgs(eventID, dev == null ? null : NonnullNodeDevice.of(dev)),
                r -> byDaemonId.put(r.callbackID(), new Registration(r.callbackID(), eventID, callback))).callbackID();
    }

    void deregister(int callbackID) {
        if (!byDaemonId.containsKey(callbackID)) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                    "event callback id %d not registered", callbackID);
        }
        RemoteClient c = client.get();
        if (c.isOpen()) {
            c.call(NodeDeviceProcedures.CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY,
                    new ConnectNodeDeviceEventDeregisterAnyArgs(callbackID));
        }
        byDaemonId.remove(callbackID);
    }

    /** An event MESSAGE on the reader thread; other procedures and unknown ids are ignored. */
    void dispatch(RpcMessage m) {
        int proc = m.header().procedure();
        if (proc == NodeDeviceProcedures.NODE_DEVICE_EVENT_LIFECYCLE.number()) {
            NodeDeviceEventLifecycleMsg e = m.body(NodeDeviceEventLifecycleMsg.class);
            deliver(e.callbackID(), e.dev(), 0, e.event(), e.detail());
        } else if (proc == NodeDeviceProcedures.NODE_DEVICE_EVENT_UPDATE.number()) {
            NodeDeviceEventUpdateMsg e = m.body(NodeDeviceEventUpdateMsg.class);
            deliver(e.callbackID(), e.dev(), 1, 0, 0);
        }
    }

    private void deliver(int daemonId, NonnullNodeDevice dev, int eventID, int event, int detail) {
        Registration r = byDaemonId.get(daemonId);
        if (r != null && r.eventID() == eventID) {
            r.callback().onNodeDeviceEvent(daemonId, dev.ref(), eventID, event, detail);
        }
    }

    /** The link went: the daemon forgot every registration. */
    void linkLost() {
        byDaemonId.clear();
    }
}
