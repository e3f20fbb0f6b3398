package org.jvirt.rpc.remote;

import static org.jvirt.rpc.remote.RemoteProcedure.VOID;
import static org.jvirt.rpc.remote.RemoteProcedure.define;
import static org.jvirt.rpc.remote.RemoteProcedure.event;

import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The REMOTE procedures of host (node) devices and their events, by number (libvirt's remote_protocol.x
 * numbers). The type and the registry are {@link RemoteProcedure}; a number is declared in exactly one family.
 */
public final class NodeDeviceProcedures {

    private NodeDeviceProcedures() {
    }

    public static final RemoteProcedure<NodeNumOfDevicesArgs, NodeNumOfDevicesRet> NODE_NUM_OF_DEVICES =
            define(111, "NODE_NUM_OF_DEVICES", NodeNumOfDevicesArgs.class, NodeNumOfDevicesRet.class);
    public static final RemoteProcedure<NodeListDevicesArgs, NodeListDevicesRet> NODE_LIST_DEVICES =
            define(112, "NODE_LIST_DEVICES", NodeListDevicesArgs.class, NodeListDevicesRet.class);
    public static final RemoteProcedure<NodeDeviceLookupByNameArgs, NodeDeviceLookupByNameRet> NODE_DEVICE_LOOKUP_BY_NAME =
            define(113, "NODE_DEVICE_LOOKUP_BY_NAME", NodeDeviceLookupByNameArgs.class, NodeDeviceLookupByNameRet.class);
    public static final RemoteProcedure<NodeDeviceGetXmlDescArgs, NodeDeviceGetXmlDescRet> NODE_DEVICE_GET_XML_DESC =
            define(114, "NODE_DEVICE_GET_XML_DESC", NodeDeviceGetXmlDescArgs.class, NodeDeviceGetXmlDescRet.class);
    public static final RemoteProcedure<NodeDeviceGetParentArgs, NodeDeviceGetParentRet> NODE_DEVICE_GET_PARENT =
            define(115, "NODE_DEVICE_GET_PARENT", NodeDeviceGetParentArgs.class, NodeDeviceGetParentRet.class);
    public static final RemoteProcedure<NodeDeviceNumOfCapsArgs, NodeDeviceNumOfCapsRet> NODE_DEVICE_NUM_OF_CAPS =
            define(116, "NODE_DEVICE_NUM_OF_CAPS", NodeDeviceNumOfCapsArgs.class, NodeDeviceNumOfCapsRet.class);
    public static final RemoteProcedure<NodeDeviceListCapsArgs, NodeDeviceListCapsRet> NODE_DEVICE_LIST_CAPS =
            define(117, "NODE_DEVICE_LIST_CAPS", NodeDeviceListCapsArgs.class, NodeDeviceListCapsRet.class);
    public static final RemoteProcedure<NodeDeviceDettachArgs, XdrVoid> NODE_DEVICE_DETTACH =
            define(118, "NODE_DEVICE_DETTACH", NodeDeviceDettachArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceReAttachArgs, XdrVoid> NODE_DEVICE_RE_ATTACH =
            define(119, "NODE_DEVICE_RE_ATTACH", NodeDeviceReAttachArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceResetArgs, XdrVoid> NODE_DEVICE_RESET =
            define(120, "NODE_DEVICE_RESET", NodeDeviceResetArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceCreateXmlArgs, NodeDeviceCreateXmlRet> NODE_DEVICE_CREATE_XML =
            define(123, "NODE_DEVICE_CREATE_XML", NodeDeviceCreateXmlArgs.class, NodeDeviceCreateXmlRet.class);
    public static final RemoteProcedure<NodeDeviceDestroyArgs, XdrVoid> NODE_DEVICE_DESTROY =
            define(124, "NODE_DEVICE_DESTROY", NodeDeviceDestroyArgs.class, VOID);
    public static final RemoteProcedure<ConnectListAllNodeDevicesArgs, ConnectListAllNodeDevicesRet> CONNECT_LIST_ALL_NODE_DEVICES =
            define(285, "CONNECT_LIST_ALL_NODE_DEVICES", ConnectListAllNodeDevicesArgs.class, ConnectListAllNodeDevicesRet.class);
    public static final RemoteProcedure<NodeDeviceLookupScsiHostByWwnArgs, NodeDeviceLookupScsiHostByWwnRet> NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN =
            define(297, "NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN", NodeDeviceLookupScsiHostByWwnArgs.class, NodeDeviceLookupScsiHostByWwnRet.class);
    public static final RemoteProcedure<NodeDeviceDetachFlagsArgs, XdrVoid> NODE_DEVICE_DETACH_FLAGS =
            define(301, "NODE_DEVICE_DETACH_FLAGS", NodeDeviceDetachFlagsArgs.class, VOID);
    public static final RemoteProcedure<ConnectNodeDeviceEventRegisterAnyArgs, ConnectNodeDeviceEventRegisterAnyRet>
            CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY = define(374, "CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY",
                    ConnectNodeDeviceEventRegisterAnyArgs.class, ConnectNodeDeviceEventRegisterAnyRet.class);
    public static final RemoteProcedure<ConnectNodeDeviceEventDeregisterAnyArgs, XdrVoid>
            CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY = define(375, "CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY",
                    ConnectNodeDeviceEventDeregisterAnyArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceEventLifecycleMsg, XdrVoid> NODE_DEVICE_EVENT_LIFECYCLE =
            event(376, "NODE_DEVICE_EVENT_LIFECYCLE", NodeDeviceEventLifecycleMsg.class);
    public static final RemoteProcedure<NodeDeviceEventUpdateMsg, XdrVoid> NODE_DEVICE_EVENT_UPDATE =
            event(377, "NODE_DEVICE_EVENT_UPDATE", NodeDeviceEventUpdateMsg.class);
    public static final RemoteProcedure<NodeDeviceDefineXmlArgs, NodeDeviceDefineXmlRet> NODE_DEVICE_DEFINE_XML =
            define(428, "NODE_DEVICE_DEFINE_XML", NodeDeviceDefineXmlArgs.class, NodeDeviceDefineXmlRet.class);
    public static final RemoteProcedure<NodeDeviceUndefineArgs, XdrVoid> NODE_DEVICE_UNDEFINE =
            define(429, "NODE_DEVICE_UNDEFINE", NodeDeviceUndefineArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceCreateArgs, XdrVoid> NODE_DEVICE_CREATE =
            define(430, "NODE_DEVICE_CREATE", NodeDeviceCreateArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceGetAutostartArgs, NodeDeviceGetAutostartRet> NODE_DEVICE_GET_AUTOSTART =
            define(433, "NODE_DEVICE_GET_AUTOSTART", NodeDeviceGetAutostartArgs.class, NodeDeviceGetAutostartRet.class);
    public static final RemoteProcedure<NodeDeviceSetAutostartArgs, XdrVoid> NODE_DEVICE_SET_AUTOSTART =
            define(434, "NODE_DEVICE_SET_AUTOSTART", NodeDeviceSetAutostartArgs.class, VOID);
    public static final RemoteProcedure<NodeDeviceIsPersistentArgs, NodeDeviceIsPersistentRet> NODE_DEVICE_IS_PERSISTENT =
            define(435, "NODE_DEVICE_IS_PERSISTENT", NodeDeviceIsPersistentArgs.class, NodeDeviceIsPersistentRet.class);
    public static final RemoteProcedure<NodeDeviceIsActiveArgs, NodeDeviceIsActiveRet> NODE_DEVICE_IS_ACTIVE =
            define(436, "NODE_DEVICE_IS_ACTIVE", NodeDeviceIsActiveArgs.class, NodeDeviceIsActiveRet.class);
}
