package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.NetworkProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Network;
import org.jvirt.rpc.remote.ConnectListAllNetworksRet;
import org.jvirt.rpc.remote.ConnectListDefinedNetworksRet;
import org.jvirt.rpc.remote.ConnectListNetworksRet;
import org.jvirt.rpc.remote.ConnectNumOfDefinedNetworksRet;
import org.jvirt.rpc.remote.ConnectNumOfNetworksRet;
import org.jvirt.rpc.remote.NetworkCreateXmlFlagsRet;
import org.jvirt.rpc.remote.NetworkCreateXmlRet;
import org.jvirt.rpc.remote.NetworkDefineXmlFlagsRet;
import org.jvirt.rpc.remote.NetworkDefineXmlRet;
import org.jvirt.rpc.remote.NetworkGetAutostartRet;
import org.jvirt.rpc.remote.NetworkGetBridgeNameRet;
import org.jvirt.rpc.remote.NetworkGetXmlDescRet;
import org.jvirt.rpc.remote.NetworkIsActiveRet;
import org.jvirt.rpc.remote.NetworkIsPersistentRet;
import org.jvirt.rpc.remote.NetworkLookupByNameRet;
import org.jvirt.rpc.remote.NetworkLookupByUuidRet;
import org.jvirt.rpc.remote.NonnullNetwork;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.xdr.XdrVoid;

/** The network procedures, each one call on the client's Connect or Network. */
final class NetworkHandlers {

    private static final XdrVoid VOID = XdrVoid.VOID;

    private NetworkHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(CONNECT_LIST_NETWORKS, (c, a) -> {
            Wire.checkMax(a.maxnames(), RemoteLimits.NETWORK_LIST_MAX, "maxnames > REMOTE_NETWORK_LIST_MAX");
            Wire.nonNegative(a.maxnames(), "maxnames");
            return new ConnectListNetworksRet(Wire.first(c.conn().listNetworks(), a.maxnames()));
        });
        t.on(CONNECT_NUM_OF_NETWORKS, (c, a) -> new ConnectNumOfNetworksRet(c.conn().numOfNetworks()));
        t.on(CONNECT_LIST_DEFINED_NETWORKS, (c, a) -> {
            Wire.checkMax(a.maxnames(), RemoteLimits.NETWORK_LIST_MAX, "maxnames > REMOTE_NETWORK_LIST_MAX");
            Wire.nonNegative(a.maxnames(), "maxnames");
            return new ConnectListDefinedNetworksRet(Wire.first(c.conn().listDefinedNetworks(), a.maxnames()));
        });
        t.on(CONNECT_NUM_OF_DEFINED_NETWORKS, (c, a) -> new ConnectNumOfDefinedNetworksRet(c.conn().numOfDefinedNetworks()));
        t.on(CONNECT_LIST_ALL_NETWORKS, (c, a) -> {
            List<Network> all = c.conn().listAllNetworks(a.flags());
            if (all.size() > RemoteLimits.NETWORK_LIST_MAX) {
                throw Wire.internal("Too many networks '" + all.size() + "' for limit '" + RemoteLimits.NETWORK_LIST_MAX + "'");
            }
            List<NonnullNetwork> out = new ArrayList<>();
            if (a.needResults() != 0) {
                for (Network n : all) {
                    out.add(Wire.net(n));
                }
            }
            return new ConnectListAllNetworksRet(out, all.size());
        });
        t.on(NETWORK_LOOKUP_BY_NAME, (c, a) -> new NetworkLookupByNameRet(Wire.net(c.conn().networkLookupByName(a.name()))));
        t.on(NETWORK_LOOKUP_BY_UUID, (c, a) -> new NetworkLookupByUuidRet(
                Wire.net(c.conn().networkLookupByUUID(RemoteTypes.uuid(a.uuid())))));
        t.on(NETWORK_DEFINE_XML, (c, a) -> new NetworkDefineXmlRet(Wire.net(c.conn().networkDefineXML(a.xml()))));
        t.on(NETWORK_DEFINE_XML_FLAGS, (c, a) -> new NetworkDefineXmlFlagsRet(
                Wire.net(c.conn().networkDefineXML(a.xml(), a.flags()))));
        t.on(NETWORK_CREATE_XML, (c, a) -> new NetworkCreateXmlRet(Wire.net(c.conn().networkCreateXML(a.xml()))));
        t.on(NETWORK_CREATE_XML_FLAGS, (c, a) -> new NetworkCreateXmlFlagsRet(
                Wire.net(c.conn().networkCreateXML(a.xml(), a.flags()))));
        t.on(NETWORK_CREATE, (c, a) -> {
            c.network(a.net()).create();
            return VOID;
        });
        t.on(NETWORK_DESTROY, (c, a) -> {
            c.network(a.net()).destroy();
            return VOID;
        });
        t.on(NETWORK_UNDEFINE, (c, a) -> {
            c.network(a.net()).undefine();
            return VOID;
        });
        t.on(NETWORK_GET_XML_DESC, (c, a) -> new NetworkGetXmlDescRet(c.network(a.net()).getXMLDesc(a.flags())));
        t.on(NETWORK_GET_BRIDGE_NAME, (c, a) -> new NetworkGetBridgeNameRet(c.network(a.net()).getBridgeName()));
        t.on(NETWORK_GET_AUTOSTART, (c, a) -> new NetworkGetAutostartRet(Wire.bool(c.network(a.net()).getAutostart())));
        t.on(NETWORK_SET_AUTOSTART, (c, a) -> {
            c.network(a.net()).setAutostart(a.autostart() != 0);
            return VOID;
        });
        t.on(NETWORK_IS_ACTIVE, (c, a) -> new NetworkIsActiveRet(Wire.bool(c.network(a.net()).isActive())));
        t.on(NETWORK_IS_PERSISTENT, (c, a) -> new NetworkIsPersistentRet(Wire.bool(c.network(a.net()).isPersistent())));
    }
}
