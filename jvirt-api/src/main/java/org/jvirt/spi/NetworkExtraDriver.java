package org.jvirt.spi;

import java.util.List;
import java.util.UUID;
import org.jvirt.NetworkDHCPLease;

/**
 * Network driver entries beyond the first table (libvirt's virNetworkDriver fields of the same names);
 * {@link NetworkDriver} extends this, so it stays one table. Every entry optional.
 */
public interface NetworkExtraDriver {

    /** virNetworkUpdate: command and section are virNetworkUpdateCommand / virNetworkUpdateSection values. */
    default void networkUpdate(NetworkRef net, int command, int section, int parentIndex, String xml, int flags) {
        throw Unsupported.call("virNetworkUpdate");
    }

    /** virNetworkGetDHCPLeases: the leases, of one MAC address when {@code mac} is not null. */
    default List<NetworkDHCPLease> networkGetDHCPLeases(NetworkRef net, String mac, int flags) {
        throw Unsupported.call("virNetworkGetDHCPLeases");
    }

    default List<NetworkPortRef> networkListAllPorts(NetworkRef net, int flags) {
        throw Unsupported.call("virNetworkListAllPorts");
    }

    default NetworkPortRef networkPortLookupByUUID(NetworkRef net, UUID uuid) {
        throw Unsupported.call("virNetworkPortLookupByUUID");
    }

    default NetworkPortRef networkPortCreateXML(NetworkRef net, String xml, int flags) {
        throw Unsupported.call("virNetworkPortCreateXML");
    }

    default String networkPortGetXMLDesc(NetworkPortRef port, int flags) {
        throw Unsupported.call("virNetworkPortGetXMLDesc");
    }

    default void networkPortDelete(NetworkPortRef port, int flags) {
        throw Unsupported.call("virNetworkPortDelete");
    }
}
