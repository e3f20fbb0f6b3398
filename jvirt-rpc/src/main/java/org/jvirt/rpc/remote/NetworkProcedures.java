package org.jvirt.rpc.remote;

import static org.jvirt.rpc.remote.RemoteProcedure.VOID;
import static org.jvirt.rpc.remote.RemoteProcedure.define;
import static org.jvirt.rpc.remote.RemoteProcedure.event;

import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The REMOTE procedures of virtual networks, their ports, DHCP leases and events, by number (libvirt's
 * remote_protocol.x numbers). The type and the registry are {@link RemoteProcedure}; a number is declared in
 * exactly one family.
 */
public final class NetworkProcedures {

    private NetworkProcedures() {
    }

    public static final RemoteProcedure<ConnectListDefinedNetworksArgs, ConnectListDefinedNetworksRet>
            CONNECT_LIST_DEFINED_NETWORKS = define(36, "CONNECT_LIST_DEFINED_NETWORKS",
                    ConnectListDefinedNetworksArgs.class, ConnectListDefinedNetworksRet.class);
    public static final RemoteProcedure<ConnectListNetworksArgs, ConnectListNetworksRet> CONNECT_LIST_NETWORKS =
            define(38, "CONNECT_LIST_NETWORKS", ConnectListNetworksArgs.class, ConnectListNetworksRet.class);
    public static final RemoteProcedure<NetworkCreateArgs, XdrVoid> NETWORK_CREATE =
            define(39, "NETWORK_CREATE", NetworkCreateArgs.class, VOID);
    public static final RemoteProcedure<NetworkCreateXmlArgs, NetworkCreateXmlRet> NETWORK_CREATE_XML =
            define(40, "NETWORK_CREATE_XML", NetworkCreateXmlArgs.class, NetworkCreateXmlRet.class);
    public static final RemoteProcedure<NetworkDefineXmlArgs, NetworkDefineXmlRet> NETWORK_DEFINE_XML =
            define(41, "NETWORK_DEFINE_XML", NetworkDefineXmlArgs.class, NetworkDefineXmlRet.class);
    public static final RemoteProcedure<NetworkDestroyArgs, XdrVoid> NETWORK_DESTROY =
            define(42, "NETWORK_DESTROY", NetworkDestroyArgs.class, VOID);
    public static final RemoteProcedure<NetworkGetXmlDescArgs, NetworkGetXmlDescRet> NETWORK_GET_XML_DESC =
            define(43, "NETWORK_GET_XML_DESC", NetworkGetXmlDescArgs.class, NetworkGetXmlDescRet.class);
    public static final RemoteProcedure<NetworkGetAutostartArgs, NetworkGetAutostartRet> NETWORK_GET_AUTOSTART =
            define(44, "NETWORK_GET_AUTOSTART", NetworkGetAutostartArgs.class, NetworkGetAutostartRet.class);
    public static final RemoteProcedure<NetworkGetBridgeNameArgs, NetworkGetBridgeNameRet> NETWORK_GET_BRIDGE_NAME =
            define(45, "NETWORK_GET_BRIDGE_NAME", NetworkGetBridgeNameArgs.class, NetworkGetBridgeNameRet.class);
    public static final RemoteProcedure<NetworkLookupByNameArgs, NetworkLookupByNameRet> NETWORK_LOOKUP_BY_NAME =
            define(46, "NETWORK_LOOKUP_BY_NAME", NetworkLookupByNameArgs.class, NetworkLookupByNameRet.class);
    public static final RemoteProcedure<NetworkLookupByUuidArgs, NetworkLookupByUuidRet> NETWORK_LOOKUP_BY_UUID =
            define(47, "NETWORK_LOOKUP_BY_UUID", NetworkLookupByUuidArgs.class, NetworkLookupByUuidRet.class);
    public static final RemoteProcedure<NetworkSetAutostartArgs, XdrVoid> NETWORK_SET_AUTOSTART =
            define(48, "NETWORK_SET_AUTOSTART", NetworkSetAutostartArgs.class, VOID);
    public static final RemoteProcedure<NetworkUndefineArgs, XdrVoid> NETWORK_UNDEFINE =
            define(49, "NETWORK_UNDEFINE", NetworkUndefineArgs.class, VOID);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfDefinedNetworksRet> CONNECT_NUM_OF_DEFINED_NETWORKS =
            define(50, "CONNECT_NUM_OF_DEFINED_NETWORKS", VOID, ConnectNumOfDefinedNetworksRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfNetworksRet> CONNECT_NUM_OF_NETWORKS =
            define(52, "CONNECT_NUM_OF_NETWORKS", VOID, ConnectNumOfNetworksRet.class);
    public static final RemoteProcedure<NetworkIsActiveArgs, NetworkIsActiveRet> NETWORK_IS_ACTIVE =
            define(152, "NETWORK_IS_ACTIVE", NetworkIsActiveArgs.class, NetworkIsActiveRet.class);
    public static final RemoteProcedure<NetworkIsPersistentArgs, NetworkIsPersistentRet> NETWORK_IS_PERSISTENT =
            define(153, "NETWORK_IS_PERSISTENT", NetworkIsPersistentArgs.class, NetworkIsPersistentRet.class);
    public static final RemoteProcedure<ConnectListAllNetworksArgs, ConnectListAllNetworksRet>
            CONNECT_LIST_ALL_NETWORKS = define(283, "CONNECT_LIST_ALL_NETWORKS",
                    ConnectListAllNetworksArgs.class, ConnectListAllNetworksRet.class);
    public static final RemoteProcedure<NetworkUpdateArgs, XdrVoid> NETWORK_UPDATE =
            define(291, "NETWORK_UPDATE", NetworkUpdateArgs.class, VOID);
    public static final RemoteProcedure<ConnectNetworkEventRegisterAnyArgs, ConnectNetworkEventRegisterAnyRet>
            CONNECT_NETWORK_EVENT_REGISTER_ANY = define(313, "CONNECT_NETWORK_EVENT_REGISTER_ANY",
                    ConnectNetworkEventRegisterAnyArgs.class, ConnectNetworkEventRegisterAnyRet.class);
    public static final RemoteProcedure<ConnectNetworkEventDeregisterAnyArgs, XdrVoid>
            CONNECT_NETWORK_EVENT_DEREGISTER_ANY = define(314, "CONNECT_NETWORK_EVENT_DEREGISTER_ANY",
                    ConnectNetworkEventDeregisterAnyArgs.class, VOID);
    public static final RemoteProcedure<NetworkEventLifecycleMsg, XdrVoid> NETWORK_EVENT_LIFECYCLE =
            event(315, "NETWORK_EVENT_LIFECYCLE", NetworkEventLifecycleMsg.class);
    public static final RemoteProcedure<NetworkGetDhcpLeasesArgs, NetworkGetDhcpLeasesRet> NETWORK_GET_DHCP_LEASES =
            define(341, "NETWORK_GET_DHCP_LEASES", NetworkGetDhcpLeasesArgs.class, NetworkGetDhcpLeasesRet.class);
    public static final RemoteProcedure<NetworkListAllPortsArgs, NetworkListAllPortsRet> NETWORK_LIST_ALL_PORTS =
            define(404, "NETWORK_LIST_ALL_PORTS", NetworkListAllPortsArgs.class, NetworkListAllPortsRet.class);
    public static final RemoteProcedure<NetworkPortLookupByUuidArgs, NetworkPortLookupByUuidRet>
            NETWORK_PORT_LOOKUP_BY_UUID = define(405, "NETWORK_PORT_LOOKUP_BY_UUID",
                    NetworkPortLookupByUuidArgs.class, NetworkPortLookupByUuidRet.class);
    public static final RemoteProcedure<NetworkPortCreateXmlArgs, NetworkPortCreateXmlRet> NETWORK_PORT_CREATE_XML =
            define(406, "NETWORK_PORT_CREATE_XML", NetworkPortCreateXmlArgs.class, NetworkPortCreateXmlRet.class);
    public static final RemoteProcedure<NetworkPortGetXmlDescArgs, NetworkPortGetXmlDescRet> NETWORK_PORT_GET_XML_DESC =
            define(409, "NETWORK_PORT_GET_XML_DESC", NetworkPortGetXmlDescArgs.class, NetworkPortGetXmlDescRet.class);
    public static final RemoteProcedure<NetworkPortDeleteArgs, XdrVoid> NETWORK_PORT_DELETE =
            define(410, "NETWORK_PORT_DELETE", NetworkPortDeleteArgs.class, VOID);
    public static final RemoteProcedure<NetworkDefineXmlFlagsArgs, NetworkDefineXmlFlagsRet> NETWORK_DEFINE_XML_FLAGS =
            define(432, "NETWORK_DEFINE_XML_FLAGS", NetworkDefineXmlFlagsArgs.class, NetworkDefineXmlFlagsRet.class);
    public static final RemoteProcedure<NetworkCreateXmlFlagsArgs, NetworkCreateXmlFlagsRet> NETWORK_CREATE_XML_FLAGS =
            define(437, "NETWORK_CREATE_XML_FLAGS", NetworkCreateXmlFlagsArgs.class, NetworkCreateXmlFlagsRet.class);
}
