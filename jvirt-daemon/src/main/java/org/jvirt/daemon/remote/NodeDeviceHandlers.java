package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.NodeDeviceProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.NodeDevice;
import org.jvirt.rpc.remote.ConnectListAllNodeDevicesRet;
import org.jvirt.rpc.remote.NodeDeviceCreateXmlRet;
import org.jvirt.rpc.remote.NodeDeviceDefineXmlRet;
import org.jvirt.rpc.remote.NodeDeviceGetAutostartRet;
import org.jvirt.rpc.remote.NodeDeviceGetParentRet;
import org.jvirt.rpc.remote.NodeDeviceGetXmlDescRet;
import org.jvirt.rpc.remote.NodeDeviceIsActiveRet;
import org.jvirt.rpc.remote.NodeDeviceIsPersistentRet;
import org.jvirt.rpc.remote.NodeDeviceListCapsRet;
import org.jvirt.rpc.remote.NodeDeviceLookupByNameRet;
import org.jvirt.rpc.remote.NodeDeviceLookupScsiHostByWwnRet;
import org.jvirt.rpc.remote.NodeDeviceNumOfCapsRet;
import org.jvirt.rpc.remote.NodeListDevicesRet;
import org.jvirt.rpc.remote.NodeNumOfDevicesRet;
import org.jvirt.rpc.remote.NonnullNodeDevice;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The node device procedures. As libvirtd does, a call naming a device looks it up by name first (so a missing
 * device is NO_NODE_DEVICE whatever the call), then calls the public API on the handle.
 */
final class NodeDeviceHandlers {

    private static final XdrVoid VOID = XdrVoid.VOID;

    private NodeDeviceHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(NODE_NUM_OF_DEVICES, (c, a) -> new NodeNumOfDevicesRet(c.conn().nodeNumOfDevices(a.cap(), a.flags())));
        t.on(NODE_LIST_DEVICES, (c, a) -> {
            Wire.checkMax(a.maxnames(), RemoteLimits.NODE_DEVICE_LIST_MAX, "maxnames > REMOTE_NODE_DEVICE_LIST_MAX");
            Wire.nonNegative(a.maxnames(), "maxnames");
            return new NodeListDevicesRet(Wire.first(c.conn().nodeListDevices(a.cap(), a.flags()), a.maxnames()));
        });
        t.on(CONNECT_LIST_ALL_NODE_DEVICES, (c, a) -> {
            List<NodeDevice> all = c.conn().listAllNodeDevices(a.flags());
            if (all.size() > RemoteLimits.NODE_DEVICE_LIST_MAX) {
                throw Wire.internal("Too many node devices '" + all.size() + "' for limit '"
                        + RemoteLimits.NODE_DEVICE_LIST_MAX + "'");
            }
            List<NonnullNodeDevice> out = new ArrayList<>();
            if (a.needResults() != 0) {
                for (NodeDevice d : all) {
                    out.add(NonnullNodeDevice.of(d.ref()));
                }
            }
            return new ConnectListAllNodeDevicesRet(out, all.size());
        });
        t.on(NODE_DEVICE_LOOKUP_BY_NAME, (c, a) -> new NodeDeviceLookupByNameRet(wire(dev(c, a.name()))));
        t.on(NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN, (c, a) -> new NodeDeviceLookupScsiHostByWwnRet(
                wire(c.conn().nodeDeviceLookupSCSIHostByWWN(a.wwnn(), a.wwpn(), a.flags()))));
        t.on(NODE_DEVICE_GET_XML_DESC, (c, a) -> new NodeDeviceGetXmlDescRet(dev(c, a.name()).getXMLDesc(a.flags())));
        // libvirtd answers a device without parent with no name, not an error
        t.on(NODE_DEVICE_GET_PARENT, (c, a) -> new NodeDeviceGetParentRet(dev(c, a.name()).getParent()));
        t.on(NODE_DEVICE_NUM_OF_CAPS, (c, a) -> new NodeDeviceNumOfCapsRet(dev(c, a.name()).numOfCaps()));
        t.on(NODE_DEVICE_LIST_CAPS, (c, a) -> {
            Wire.checkMax(a.maxnames(), RemoteLimits.NODE_DEVICE_CAPS_LIST_MAX,
                    "maxnames > REMOTE_NODE_DEVICE_CAPS_LIST_MAX");
            Wire.nonNegative(a.maxnames(), "maxnames");
            return new NodeDeviceListCapsRet(Wire.first(dev(c, a.name()).listCaps(), a.maxnames()));
        });
        t.on(NODE_DEVICE_DETTACH, (c, a) -> {
            dev(c, a.name()).dettach();
            return VOID;
        });
        t.on(NODE_DEVICE_DETACH_FLAGS, (c, a) -> {
            dev(c, a.name()).detachFlags(a.driverName(), a.flags());
            return VOID;
        });
        t.on(NODE_DEVICE_RE_ATTACH, (c, a) -> {
            dev(c, a.name()).reAttach();
            return VOID;
        });
        t.on(NODE_DEVICE_RESET, (c, a) -> {
            dev(c, a.name()).reset();
            return VOID;
        });
        t.on(NODE_DEVICE_CREATE_XML, (c, a) -> new NodeDeviceCreateXmlRet(
                wire(c.conn().nodeDeviceCreateXML(a.xmlDesc(), a.flags()))));
        t.on(NODE_DEVICE_DESTROY, (c, a) -> {
            dev(c, a.name()).destroy();
            return VOID;
        });
        t.on(NODE_DEVICE_DEFINE_XML, (c, a) -> new NodeDeviceDefineXmlRet(
                wire(c.conn().nodeDeviceDefineXML(a.xmlDesc(), a.flags()))));
        t.on(NODE_DEVICE_UNDEFINE, (c, a) -> {
            dev(c, a.name()).undefine(a.flags());
            return VOID;
        });
        t.on(NODE_DEVICE_CREATE, (c, a) -> {
            dev(c, a.name()).create(a.flags());
            return VOID;
        });
        t.on(NODE_DEVICE_GET_AUTOSTART, (c, a) -> new NodeDeviceGetAutostartRet(Wire.bool(dev(c, a.name()).getAutostart())));
        t.on(NODE_DEVICE_SET_AUTOSTART, (c, a) -> {
            dev(c, a.name()).setAutostart(a.autostart() != 0);
            return VOID;
        });
        t.on(NODE_DEVICE_IS_PERSISTENT, (c, a) -> new NodeDeviceIsPersistentRet(Wire.bool(dev(c, a.name()).isPersistent())));
        t.on(NODE_DEVICE_IS_ACTIVE, (c, a) -> new NodeDeviceIsActiveRet(Wire.bool(dev(c, a.name()).isActive())));
    }

    private static NodeDevice dev(RemoteClient c, String name) {
        return c.conn().nodeDeviceLookupByName(name);
    }

    private static NonnullNodeDevice wire(NodeDevice d) {
        return NonnullNodeDevice.of(d.ref());
    }
}
