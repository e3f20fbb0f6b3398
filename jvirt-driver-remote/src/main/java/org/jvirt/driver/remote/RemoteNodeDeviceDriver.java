package org.jvirt.driver.remote;

import static org.jvirt.rpc.remote.NodeDeviceProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.rpc.remote.ConnectListAllNodeDevicesArgs;
import org.jvirt.rpc.remote.NodeDeviceCreateArgs;
import org.jvirt.rpc.remote.NodeDeviceCreateXmlArgs;
import org.jvirt.rpc.remote.NodeDeviceDefineXmlArgs;
import org.jvirt.rpc.remote.NodeDeviceDestroyArgs;
import org.jvirt.rpc.remote.NodeDeviceDetachFlagsArgs;
import org.jvirt.rpc.remote.NodeDeviceDettachArgs;
import org.jvirt.rpc.remote.NodeDeviceGetAutostartArgs;
import org.jvirt.rpc.remote.NodeDeviceGetParentArgs;
import org.jvirt.rpc.remote.NodeDeviceGetXmlDescArgs;
import org.jvirt.rpc.remote.NodeDeviceIsActiveArgs;
import org.jvirt.rpc.remote.NodeDeviceIsPersistentArgs;
import org.jvirt.rpc.remote.NodeDeviceListCapsArgs;
import org.jvirt.rpc.remote.NodeDeviceLookupByNameArgs;
import org.jvirt.rpc.remote.NodeDeviceLookupScsiHostByWwnArgs;
import org.jvirt.rpc.remote.NodeDeviceNumOfCapsArgs;
import org.jvirt.rpc.remote.NodeDeviceReAttachArgs;
import org.jvirt.rpc.remote.NodeDeviceResetArgs;
import org.jvirt.rpc.remote.NodeDeviceSetAutostartArgs;
import org.jvirt.rpc.remote.NodeDeviceUndefineArgs;
import org.jvirt.rpc.remote.NodeListDevicesArgs;
import org.jvirt.rpc.remote.NodeNumOfDevicesArgs;
import org.jvirt.rpc.remote.NonnullNodeDevice;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.spi.NodeDeviceDriver;
import org.jvirt.spi.NodeDeviceRef;

/**
 * The node device table of a remote connection: every entry is one procedure on the daemon. Handles carry no
 * parent (the wire names a device only), so the parent is asked for; the daemon answers none without an error.
 */
final class RemoteNodeDeviceDriver implements NodeDeviceDriver {

    private final RemoteConnection connection;

    RemoteNodeDeviceDriver(RemoteConnection connection) {
        this.connection = connection;
    }

    private RemoteClient rpc() {
        return connection.client();
    }

    @Override
    public int nodeNumOfDevices(String cap, int flags) {
        return rpc().call(NODE_NUM_OF_DEVICES, new NodeNumOfDevicesArgs(cap, flags)).num();
    }

    @Override
    public List<String> nodeListDevices(String cap, int maxnames, int flags) {
        return rpc().call(NODE_LIST_DEVICES, new NodeListDevicesArgs(cap,
                Math.min(maxnames, RemoteLimits.NODE_DEVICE_LIST_MAX), flags)).names();
    }

    @Override
    public List<NodeDeviceRef> connectListAllNodeDevices(int flags) {
        List<NodeDeviceRef> out = new ArrayList<>();
        for (NonnullNodeDevice d : rpc().call(CONNECT_LIST_ALL_NODE_DEVICES,
                new ConnectListAllNodeDevicesArgs(1, flags)).devices()) {
            out.add(d.ref());
        }
        return out;
    }

    @Override
    public NodeDeviceRef nodeDeviceLookupByName(String name) {
        return rpc().call(NODE_DEVICE_LOOKUP_BY_NAME, new NodeDeviceLookupByNameArgs(name)).dev().ref();
    }

    @Override
    public NodeDeviceRef nodeDeviceLookupSCSIHostByWWN(String wwnn, String wwpn, int flags) {
        return rpc().call(NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN, new NodeDeviceLookupScsiHostByWwnArgs(wwnn, wwpn, flags))
                .dev().ref();
    }

    @Override
    public String nodeDeviceGetXMLDesc(NodeDeviceRef dev, int flags) {
        return rpc().call(NODE_DEVICE_GET_XML_DESC, new NodeDeviceGetXmlDescArgs(dev.name(), flags)).xml();
    }

    @Override
    public String nodeDeviceGetParent(NodeDeviceRef dev) {
        return rpc().call(NODE_DEVICE_GET_PARENT, new NodeDeviceGetParentArgs(dev.name())).parentName();
    }

    @Override
    public int nodeDeviceNumOfCaps(NodeDeviceRef dev) {
        return rpc().call(NODE_DEVICE_NUM_OF_CAPS, new NodeDeviceNumOfCapsArgs(dev.name())).num();
    }

    @Override
    public List<String> nodeDeviceListCaps(NodeDeviceRef dev, int maxnames) {
        return rpc().call(NODE_DEVICE_LIST_CAPS, new NodeDeviceListCapsArgs(dev.name(),
                Math.min(maxnames, RemoteLimits.NODE_DEVICE_CAPS_LIST_MAX))).names();
    }

    @Override
    public NodeDeviceRef nodeDeviceCreateXML(String xml, int flags) {
        return rpc().call(NODE_DEVICE_CREATE_XML, new NodeDeviceCreateXmlArgs(xml, flags)).dev().ref();
    }

    @Override
    public void nodeDeviceDestroy(NodeDeviceRef dev) {
        rpc().call(NODE_DEVICE_DESTROY, new NodeDeviceDestroyArgs(dev.name()));
    }

    @Override
    public NodeDeviceRef nodeDeviceDefineXML(String xml, int flags) {
        return rpc().call(NODE_DEVICE_DEFINE_XML, new NodeDeviceDefineXmlArgs(xml, flags)).dev().ref();
    }

    @Override
    public void nodeDeviceUndefine(NodeDeviceRef dev, int flags) {
        rpc().call(NODE_DEVICE_UNDEFINE, new NodeDeviceUndefineArgs(dev.name(), flags));
    }

    @Override
    public void nodeDeviceCreate(NodeDeviceRef dev, int flags) {
        rpc().call(NODE_DEVICE_CREATE, new NodeDeviceCreateArgs(dev.name(), flags));
    }

    @Override
    public void nodeDeviceSetAutostart(NodeDeviceRef dev, boolean autostart) {
        rpc().call(NODE_DEVICE_SET_AUTOSTART, new NodeDeviceSetAutostartArgs(dev.name(), autostart ? 1 : 0));
    }

    @Override
    public boolean nodeDeviceGetAutostart(NodeDeviceRef dev) {
        return rpc().call(NODE_DEVICE_GET_AUTOSTART, new NodeDeviceGetAutostartArgs(dev.name())).autostart() != 0;
    }

    @Override
    public boolean nodeDeviceIsPersistent(NodeDeviceRef dev) {
        return rpc().call(NODE_DEVICE_IS_PERSISTENT, new NodeDeviceIsPersistentArgs(dev.name())).persistent() != 0;
    }

    @Override
    public boolean nodeDeviceIsActive(NodeDeviceRef dev) {
        return rpc().call(NODE_DEVICE_IS_ACTIVE, new NodeDeviceIsActiveArgs(dev.name())).active() != 0;
    }

    /** libvirt's remote driver: virNodeDeviceDettach is its own procedure, DetachFlags another. */
    @Override
    public void nodeDeviceDetachFlags(NodeDeviceRef dev, String driverName, int flags, String publicFunction) {
        if (publicFunction.equals("virNodeDeviceDettach")) {
            rpc().call(NODE_DEVICE_DETTACH, new NodeDeviceDettachArgs(dev.name()));
        } else {
            rpc().call(NODE_DEVICE_DETACH_FLAGS, new NodeDeviceDetachFlagsArgs(dev.name(), driverName, flags));
        }
    }

    @Override
    public void nodeDeviceReAttach(NodeDeviceRef dev) {
        rpc().call(NODE_DEVICE_RE_ATTACH, new NodeDeviceReAttachArgs(dev.name()));
    }

    @Override
    public void nodeDeviceReset(NodeDeviceRef dev) {
        rpc().call(NODE_DEVICE_RESET, new NodeDeviceResetArgs(dev.name()));
    }

    @Override
    public int connectNodeDeviceEventRegisterAny(NodeDeviceRef dev, int eventID, org.jvirt.spi.NodeDeviceEventCallback cb) {
        return connection.nodeDeviceEvents().register(dev, eventID, cb);
    }

    @Override
    public void connectNodeDeviceEventDeregisterAny(int callbackID) {
        connection.nodeDeviceEvents().deregister(callbackID);
    }
}
