package org.jvirt.driver.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jvirt.rpc.remote.ConnectListAllNetworksArgs;
import org.jvirt.rpc.remote.ConnectListDefinedNetworksArgs;
import org.jvirt.rpc.remote.ConnectListNetworksArgs;
import org.jvirt.rpc.remote.NetworkCreateArgs;
import org.jvirt.rpc.remote.NetworkCreateXmlFlagsArgs;
import org.jvirt.rpc.remote.NetworkDefineXmlFlagsArgs;
import org.jvirt.rpc.remote.NetworkDestroyArgs;
import org.jvirt.rpc.remote.NetworkGetAutostartArgs;
import org.jvirt.rpc.remote.NetworkGetBridgeNameArgs;
import org.jvirt.rpc.remote.NetworkGetXmlDescArgs;
import org.jvirt.rpc.remote.NetworkIsActiveArgs;
import org.jvirt.rpc.remote.NetworkIsPersistentArgs;
import org.jvirt.rpc.remote.NetworkLookupByNameArgs;
import org.jvirt.rpc.remote.NetworkLookupByUuidArgs;
import org.jvirt.rpc.remote.NetworkSetAutostartArgs;
import org.jvirt.rpc.remote.NetworkUndefineArgs;
import org.jvirt.rpc.remote.NonnullNetwork;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.NetworkProcedures;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.NetworkDriver;
import org.jvirt.spi.NetworkRef;

/** The network table of a remote connection: every entry forwards to the daemon. */
final class RemoteNetworkDriver implements NetworkDriver {

    private final RemoteConnection connection;

    RemoteNetworkDriver(RemoteConnection connection) {
        this.connection = connection;
    }

    private RemoteClient rpc() {
        return connection.client();
    }

    @Override
    public List<String> connectListNetworks(int maxnames) {
        return rpc().call(NetworkProcedures.CONNECT_LIST_NETWORKS,
                new ConnectListNetworksArgs(Math.min(maxnames, RemoteLimits.NETWORK_LIST_MAX))).names();
    }

    @Override
    public int connectNumOfNetworks() {
        return rpc().call(NetworkProcedures.CONNECT_NUM_OF_NETWORKS, new XdrVoid()).num();
    }

    @Override
    public List<String> connectListDefinedNetworks(int maxnames) {
        return rpc().call(NetworkProcedures.CONNECT_LIST_DEFINED_NETWORKS,
                new ConnectListDefinedNetworksArgs(Math.min(maxnames, RemoteLimits.NETWORK_LIST_MAX))).names();
    }

    @Override
    public int connectNumOfDefinedNetworks() {
        return rpc().call(NetworkProcedures.CONNECT_NUM_OF_DEFINED_NETWORKS, new XdrVoid()).num();
    }

    @Override
    public List<NetworkRef> connectListAllNetworks(int flags) {
        List<NetworkRef> out = new ArrayList<>();
        for (NonnullNetwork n : rpc().call(NetworkProcedures.CONNECT_LIST_ALL_NETWORKS,
                new ConnectListAllNetworksArgs(1, flags)).nets()) {
            out.add(RemoteWire.ref(n));
        }
        return out;
    }

    @Override
    public NetworkRef networkLookupByName(String name) {
        return RemoteWire.ref(rpc().call(NetworkProcedures.NETWORK_LOOKUP_BY_NAME, new NetworkLookupByNameArgs(name)).net());
    }

    @Override
    public NetworkRef networkLookupByUUID(UUID uuid) {
        return RemoteWire.ref(rpc().call(NetworkProcedures.NETWORK_LOOKUP_BY_UUID,
                new NetworkLookupByUuidArgs(RemoteTypes.uuid(uuid))).net());
    }

    @Override
    public NetworkRef networkDefineXMLFlags(String xml, int flags) {
        return RemoteWire.ref(rpc().call(NetworkProcedures.NETWORK_DEFINE_XML_FLAGS, new NetworkDefineXmlFlagsArgs(xml, flags)).net());
    }

    @Override
    public NetworkRef networkCreateXMLFlags(String xml, int flags) {
        return RemoteWire.ref(rpc().call(NetworkProcedures.NETWORK_CREATE_XML_FLAGS, new NetworkCreateXmlFlagsArgs(xml, flags)).net());
    }

    @Override
    public void networkCreate(NetworkRef net) {
        rpc().call(NetworkProcedures.NETWORK_CREATE, new NetworkCreateArgs(RemoteWire.net(net)));
    }

    @Override
    public void networkDestroy(NetworkRef net) {
        rpc().call(NetworkProcedures.NETWORK_DESTROY, new NetworkDestroyArgs(RemoteWire.net(net)));
    }

    @Override
    public void networkUndefine(NetworkRef net) {
        rpc().call(NetworkProcedures.NETWORK_UNDEFINE, new NetworkUndefineArgs(RemoteWire.net(net)));
    }

    @Override
    public String networkGetXMLDesc(NetworkRef net, int flags) {
        return rpc().call(NetworkProcedures.NETWORK_GET_XML_DESC, new NetworkGetXmlDescArgs(RemoteWire.net(net), flags)).xml();
    }

    @Override
    public String networkGetBridgeName(NetworkRef net) {
        return rpc().call(NetworkProcedures.NETWORK_GET_BRIDGE_NAME, new NetworkGetBridgeNameArgs(RemoteWire.net(net))).name();
    }

    @Override
    public boolean networkGetAutostart(NetworkRef net) {
        return rpc().call(NetworkProcedures.NETWORK_GET_AUTOSTART, new NetworkGetAutostartArgs(RemoteWire.net(net))).autostart() != 0;
    }

    @Override
    public void networkSetAutostart(NetworkRef net, boolean autostart) {
        rpc().call(NetworkProcedures.NETWORK_SET_AUTOSTART, new NetworkSetAutostartArgs(RemoteWire.net(net), autostart ? 1 : 0));
    }

    @Override
    public boolean networkIsActive(NetworkRef net) {
        return rpc().call(NetworkProcedures.NETWORK_IS_ACTIVE, new NetworkIsActiveArgs(RemoteWire.net(net))).active() != 0;
    }

    @Override
    public boolean networkIsPersistent(NetworkRef net) {
        return rpc().call(NetworkProcedures.NETWORK_IS_PERSISTENT, new NetworkIsPersistentArgs(RemoteWire.net(net))).persistent() != 0;
    }

    @Override
    public void networkUpdate(NetworkRef net, int command, int section, int parentIndex, String xml, int flags) {
        rpc().call(NetworkProcedures.NETWORK_UPDATE, new org.jvirt.rpc.remote.NetworkUpdateArgs(RemoteWire.net(net),
                command, section, parentIndex, xml, flags));
    }

    @Override
    public java.util.List<org.jvirt.NetworkDHCPLease> networkGetDHCPLeases(NetworkRef net, String mac, int flags) {
        return rpc().call(NetworkProcedures.NETWORK_GET_DHCP_LEASES,
                new org.jvirt.rpc.remote.NetworkGetDhcpLeasesArgs(RemoteWire.net(net), mac, 1, flags)).leases().stream()
                .map(l -> new org.jvirt.NetworkDHCPLease(l.iface(), l.expirytime(), l.type(), l.mac(), l.iaid(), l.ipaddr(),
                        l.prefix(), l.hostname(), l.clientid()))
                .toList();
    }

    @Override
    public java.util.List<org.jvirt.spi.NetworkPortRef> networkListAllPorts(NetworkRef net, int flags) {
        return rpc().call(NetworkProcedures.NETWORK_LIST_ALL_PORTS,
                new org.jvirt.rpc.remote.NetworkListAllPortsArgs(RemoteWire.net(net), 1, flags)).ports().stream()
                .map(p -> new org.jvirt.spi.NetworkPortRef(RemoteWire.ref(p.net()), org.jvirt.rpc.remote.RemoteTypes.uuid(p.uuid())))
                .toList();
    }

    @Override
    public org.jvirt.spi.NetworkPortRef networkPortLookupByUUID(NetworkRef net, java.util.UUID uuid) {
        var p = rpc().call(NetworkProcedures.NETWORK_PORT_LOOKUP_BY_UUID, new org.jvirt.rpc.remote.NetworkPortLookupByUuidArgs(
                RemoteWire.net(net), org.jvirt.rpc.remote.RemoteTypes.uuid(uuid))).port();
        return new org.jvirt.spi.NetworkPortRef(RemoteWire.ref(p.net()), org.jvirt.rpc.remote.RemoteTypes.uuid(p.uuid()));
    }

    @Override
    public org.jvirt.spi.NetworkPortRef networkPortCreateXML(NetworkRef net, String xml, int flags) {
        var p = rpc().call(NetworkProcedures.NETWORK_PORT_CREATE_XML,
                new org.jvirt.rpc.remote.NetworkPortCreateXmlArgs(RemoteWire.net(net), xml, flags)).port();
        return new org.jvirt.spi.NetworkPortRef(RemoteWire.ref(p.net()), org.jvirt.rpc.remote.RemoteTypes.uuid(p.uuid()));
    }

    @Override
    public String networkPortGetXMLDesc(org.jvirt.spi.NetworkPortRef port, int flags) {
        return rpc().call(NetworkProcedures.NETWORK_PORT_GET_XML_DESC,
                new org.jvirt.rpc.remote.NetworkPortGetXmlDescArgs(port(port), flags)).xml();
    }

    @Override
    public void networkPortDelete(org.jvirt.spi.NetworkPortRef port, int flags) {
        rpc().call(NetworkProcedures.NETWORK_PORT_DELETE, new org.jvirt.rpc.remote.NetworkPortDeleteArgs(port(port), flags));
    }

    private static org.jvirt.rpc.remote.NonnullNetworkPort port(org.jvirt.spi.NetworkPortRef port) {
        return new org.jvirt.rpc.remote.NonnullNetworkPort(RemoteWire.net(port.net()),
                org.jvirt.rpc.remote.RemoteTypes.uuid(port.uuid()));
    }

    @Override
    public int connectNetworkEventRegisterAny(org.jvirt.spi.NetworkRef net, int eventID,
            org.jvirt.spi.ObjectEventCallback<org.jvirt.spi.NetworkRef> callback) {
        return connection.networkEvents().register(net, eventID, callback);
    }

    @Override
    public void connectNetworkEventDeregisterAny(int callbackID) {
        connection.networkEvents().deregister(callbackID);
    }
}
