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
