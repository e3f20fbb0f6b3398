package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.NetworkProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.NetworkDHCPLease;
import org.jvirt.Network;
import org.jvirt.NetworkPort;
import org.jvirt.rpc.remote.NetworkDhcpLease;
import org.jvirt.rpc.remote.NetworkGetDhcpLeasesRet;
import org.jvirt.rpc.remote.NetworkListAllPortsRet;
import org.jvirt.rpc.remote.NetworkPortCreateXmlRet;
import org.jvirt.rpc.remote.NetworkPortGetXmlDescRet;
import org.jvirt.rpc.remote.NetworkPortLookupByUuidRet;
import org.jvirt.rpc.remote.NonnullNetworkPort;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.NetworkPortRef;

/** DHCP leases and network ports, each one call on the client's Network (or on the port a call names). */
final class NetworkPortHandlers {

    private NetworkPortHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(NETWORK_GET_DHCP_LEASES, (c, a) -> {
            List<NetworkDHCPLease> leases = c.network(a.net()).getDHCPLeases(a.mac(), a.flags());
            if (leases.size() > RemoteLimits.NETWORK_DHCP_LEASES_MAX) {
                throw Wire.internal("Number of leases is " + leases.size() + ", which exceeds max limit: "
                        + RemoteLimits.NETWORK_DHCP_LEASES_MAX);
            }
            List<NetworkDhcpLease> out = new ArrayList<>();
            if (a.needResults() != 0) {
                for (NetworkDHCPLease l : leases) {
                    out.add(new NetworkDhcpLease(l.iface(), l.expiryTime(), l.type(), l.mac(), l.iaid(), l.ipaddr(),
                            l.prefix(), l.hostname(), l.clientid()));
                }
            }
            return new NetworkGetDhcpLeasesRet(out, leases.size());
        });
        t.on(NETWORK_LIST_ALL_PORTS, (c, a) -> {
            List<NetworkPort> ports = c.network(a.network()).listAllPorts(a.flags());
            return new NetworkListAllPortsRet(a.needResults() != 0 ? ports.stream().map(NetworkPortHandlers::port).toList()
                    : List.of(), ports.size());
        });
        t.on(NETWORK_PORT_LOOKUP_BY_UUID, (c, a) -> new NetworkPortLookupByUuidRet(
                port(c.network(a.network()).portLookupByUUID(RemoteTypes.uuid(a.uuid())))));
        t.on(NETWORK_PORT_CREATE_XML, (c, a) -> new NetworkPortCreateXmlRet(
                port(c.network(a.network()).portCreateXML(a.xml(), a.flags()))));
        t.on(NETWORK_PORT_GET_XML_DESC, (c, a) -> new NetworkPortGetXmlDescRet(handle(c, a.port()).getXMLDesc(a.flags())));
        t.on(NETWORK_PORT_DELETE, (c, a) -> {
            handle(c, a.port()).delete(a.flags());
            return XdrVoid.VOID;
        });
    }

    /** The port a call names, on the network it names, without a lookup (libvirtd's get_nonnull_network_port). */
    private static NetworkPort handle(RemoteClient c, NonnullNetworkPort p) {
        Network net = c.network(p.net());
        return net.port(new NetworkPortRef(net.ref(), RemoteTypes.uuid(p.uuid())));
    }

    static NonnullNetworkPort port(NetworkPort p) {
        return new NonnullNetworkPort(Wire.net(p.getNetwork()), RemoteTypes.uuid(p.getUUID()));
    }
}
