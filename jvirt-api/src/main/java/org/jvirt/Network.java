package org.jvirt;

import java.util.Objects;
import java.util.UUID;
import org.jvirt.spi.NetworkRef;

/** A handle on a virtual network (libvirt's virNetwork). */
public final class Network {

    private final Connect conn;
    private final NetworkRef ref;

    Network(Connect conn, NetworkRef ref) {
        this.conn = Objects.requireNonNull(conn);
        this.ref = Objects.requireNonNull(ref);
    }

    public Connect getConnect() {
        return conn;
    }

    public String getName() {
        return ref.name();
    }

    public UUID getUUID() {
        return ref.uuid();
    }

    public String getUUIDString() {
        return ref.uuid().toString();
    }

    public NetworkRef ref() {
        return ref;
    }

    public void create() {
        Dispatch.write(conn, "virNetworkCreate", () -> conn.net().networkCreate(ref));
    }

    public void destroy() {
        Dispatch.write(conn, "virNetworkDestroy", () -> conn.net().networkDestroy(ref));
    }

    public void undefine() {
        Dispatch.write(conn, "virNetworkUndefine", () -> conn.net().networkUndefine(ref));
    }

    /** flags are NetworkXMLFlag. */
    public String getXMLDesc(int flags) {
        return Dispatch.read(conn, "virNetworkGetXMLDesc", () -> conn.net().networkGetXMLDesc(ref, flags));
    }

    public String getBridgeName() {
        return Dispatch.read(conn, "virNetworkGetBridgeName", () -> conn.net().networkGetBridgeName(ref));
    }

    public boolean getAutostart() {
        return Dispatch.read(conn, "virNetworkGetAutostart", () -> conn.net().networkGetAutostart(ref));
    }

    public void setAutostart(boolean autostart) {
        Dispatch.write(conn, "virNetworkSetAutostart", () -> conn.net().networkSetAutostart(ref, autostart));
    }

    public boolean isActive() {
        return Dispatch.read(conn, "virNetworkIsActive", () -> conn.net().networkIsActive(ref));
    }

    public boolean isPersistent() {
        return Dispatch.read(conn, "virNetworkIsPersistent", () -> conn.net().networkIsPersistent(ref));
    }

    /** virNetworkGetDHCPLeases: all leases, or those of {@code mac} when not null. */
    public java.util.List<NetworkDHCPLease> getDHCPLeases(String mac, int flags) {
        return Dispatch.read(conn, "virNetworkGetDHCPLeases", () -> conn.net().networkGetDHCPLeases(ref, mac, flags));
    }

    /** virNetworkListAllPorts. */
    public java.util.List<NetworkPort> listAllPorts(int flags) {
        return Dispatch.read(conn, "virNetworkListAllPorts",
                () -> conn.net().networkListAllPorts(ref, flags).stream().map(p -> new NetworkPort(this, p)).toList());
    }

    /** virNetworkPortLookupByUUID. */
    public NetworkPort portLookupByUUID(java.util.UUID uuid) {
        String fn = "virNetworkPortLookupByUUID";
        return Dispatch.read(conn, fn, () -> new NetworkPort(this,
                conn.net().networkPortLookupByUUID(ref, Connect.requireArg(uuid, "uuid", fn))));
    }

    /** virNetworkPortLookupByUUIDString: the text must be a UUID, as libvirt checks before any driver is asked. */
    public NetworkPort portLookupByUUIDString(String uuid) {
        String fn = "virNetworkPortLookupByUUIDString";
        return Dispatch.read(conn, fn, () -> new NetworkPort(this, conn.net().networkPortLookupByUUID(ref,
                Connect.uuidArg(uuid, fn))));
    }

    /** virNetworkPortCreateXML. */
    public NetworkPort portCreateXML(String xml, int flags) {
        String fn = "virNetworkPortCreateXML";
        return Dispatch.write(conn, fn, () -> new NetworkPort(this,
                conn.net().networkPortCreateXML(ref, Connect.requireArg(xml, "xmldesc", fn), flags)));
    }

    /** A handle on the port {@code port} names, without a lookup, for protocol layers. */
    public NetworkPort port(org.jvirt.spi.NetworkPortRef port) {
        return new NetworkPort(this, port);
    }

    /**
     * virNetworkUpdate: applies {@code command} (virNetworkUpdateCommand: modify 1, delete 2, add-last 3,
     * add-first 4) to {@code section} (virNetworkUpdateSection) with the XML fragment; flags AFFECT_LIVE (1),
     * AFFECT_CONFIG (2), none meaning the live state of a running network, else its config.
     */
    public void update(int command, int section, int parentIndex, String xml, int flags) {
        String fn = "virNetworkUpdate";
        Dispatch.write(conn, fn, () -> conn.net().networkUpdate(ref, command, section, parentIndex,
                Connect.requireArg(xml, "xml", fn), flags));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Network n && n.conn == conn && n.ref.uuid().equals(ref.uuid());
    }

    @Override
    public int hashCode() {
        return ref.uuid().hashCode();
    }

    @Override
    public String toString() {
        return "Network[" + ref.name() + "]";
    }
}
