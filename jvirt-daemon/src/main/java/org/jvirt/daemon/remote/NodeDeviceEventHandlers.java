package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.NodeDeviceProcedures.*;

import org.jvirt.Connect;
import org.jvirt.NodeDevice;
import org.jvirt.event.NodeDeviceEventListener;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.remote.ConnectNodeDeviceEventRegisterAnyRet;
import org.jvirt.rpc.remote.NodeDeviceEventLifecycleMsg;
import org.jvirt.rpc.remote.NodeDeviceEventUpdateMsg;
import org.jvirt.rpc.remote.NonnullNodeDevice;
import org.jvirt.rpc.remote.RemoteProcedure;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * Node device event registration (remoteDispatchConnectNodeDeviceEventRegisterAny / DeregisterAny) and the
 * relay of each event to its client as a NODE_DEVICE_EVENT_LIFECYCLE or _UPDATE message.
 */
final class NodeDeviceEventHandlers {

    private NodeDeviceEventHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY, (c, a) -> {
            Connect conn = c.conn();
            if (a.eventID() < 0 || a.eventID() > 1) {
                throw Wire.internal("unsupported node device event ID " + a.eventID());
            }
            NodeDevice dev = a.dev() == null ? null : conn.nodeDevice(a.dev().ref());
            Relay relay = new Relay(c.link());
            int id = conn.nodeDeviceEventRegisterAny(dev, a.eventID(), relay);
            RemoteClient.Registration r = new RemoteClient.Registration(id, a.eventID(), false,
                    () -> conn.nodeDeviceEventDeregisterAny(id));
            if (!c.addRegistration(r)) {
                conn.nodeDeviceEventDeregisterAny(id);
                throw RemoteClient.notOpen();
            }
            relay.ready(id);
            return new ConnectNodeDeviceEventRegisterAnyRet(id);
        });
        t.on(CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY, (c, a) -> {
            Connect conn = c.conn();
            RemoteClient.Registration r = c.removeCallback(a.callbackID());
            if (r == null) {
                throw Wire.internal("node device event callback " + a.callbackID() + " not registered");
            }
            conn.nodeDeviceEventDeregisterAny(a.callbackID());
            return XdrVoid.VOID;
        });
    }

    /** Events raised before the registration's id is known are dropped, as in libvirt. */
    private static final class Relay implements NodeDeviceEventListener {
        private final ClientLink link;
        private volatile int callbackId = -1;

        Relay(ClientLink link) {
            this.link = link;
        }

        void ready(int id) {
            callbackId = id;
        }

        @Override
        public void onEvent(NodeDevice dev, int eventId, int event, int detail) {
            int id = callbackId;
            if (id < 0) {
                return;
            }
            NonnullNodeDevice d = NonnullNodeDevice.of(dev.ref());
            if (eventId == 0) {
                link.send(packet(NODE_DEVICE_EVENT_LIFECYCLE, new NodeDeviceEventLifecycleMsg(id, d, event, detail)));
            } else {
                link.send(packet(NODE_DEVICE_EVENT_UPDATE, new NodeDeviceEventUpdateMsg(id, d)));
            }
        }

        private static <A> RpcMessage packet(RemoteProcedure<A, ?> proc, A body) {
            return RpcMessage.of(RpcHeader.message(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION, proc.number()),
                    proc.args(), body);
        }
    }
}
