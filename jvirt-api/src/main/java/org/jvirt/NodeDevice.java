package org.jvirt;

import java.util.List;
import java.util.Objects;
import org.jvirt.spi.NodeDeviceRef;

/** A handle on a host device (libvirt's virNodeDevice). Every method goes through {@link Dispatch}. */
public final class NodeDevice {

    private final Connect conn;
    private final NodeDeviceRef ref;
    /** virNodeDevice's parentName: filled by the lookup, else asked for once. */
    private volatile String parent;

    NodeDevice(Connect conn, NodeDeviceRef ref) {
        this.conn = Objects.requireNonNull(conn);
        this.ref = Objects.requireNonNull(ref);
        this.parent = ref.parent();
    }

    public Connect getConnect() {
        return conn;
    }

    public String getName() {
        return ref.name();
    }

    public NodeDeviceRef ref() {
        return ref;
    }

    /** virNodeDeviceGetParent: null when the device has none (the driver's error is then the last error). */
    public String getParent() {
        if (parent != null) {
            return parent;
        }
        try {
            parent = Dispatch.read(conn, "virNodeDeviceGetParent", () -> conn.nodeDevices().nodeDeviceGetParent(ref));
        } catch (org.jvirt.error.VirtException e) {
            return null;
        }
        return parent;
    }

    /** As {@link #getParent()}, but the driver's refusal is thrown (what remote dispatch needs). */
    public String getParentOrThrow() {
        String p = parent;
        return p != null ? p
                : Dispatch.read(conn, "virNodeDeviceGetParent", () -> conn.nodeDevices().nodeDeviceGetParent(ref));
    }

    public String getXMLDesc(int flags) {
        return Dispatch.read(conn, "virNodeDeviceGetXMLDesc", () -> conn.nodeDevices().nodeDeviceGetXMLDesc(ref, flags));
    }

    public int numOfCaps() {
        return Dispatch.read(conn, "virNodeDeviceNumOfCaps", () -> conn.nodeDevices().nodeDeviceNumOfCaps(ref));
    }

    public List<String> listCaps() {
        return Dispatch.read(conn, "virNodeDeviceListCaps",
                () -> conn.nodeDevices().nodeDeviceListCaps(ref, Integer.MAX_VALUE));
    }

    /** virNodeDeviceDestroy: removes a device made by virNodeDeviceCreateXML (a vHBA). */
    public void destroy() {
        Dispatch.write(conn, "virNodeDeviceDestroy", () -> conn.nodeDevices().nodeDeviceDestroy(ref));
    }

    public void undefine(int flags) {
        Dispatch.write(conn, "virNodeDeviceUndefine", () -> conn.nodeDevices().nodeDeviceUndefine(ref, flags));
    }

    /** virNodeDeviceCreate: starts a defined, inactive device. */
    public void create(int flags) {
        Dispatch.write(conn, "virNodeDeviceCreate", () -> conn.nodeDevices().nodeDeviceCreate(ref, flags));
    }

    public void setAutostart(boolean autostart) {
        Dispatch.write(conn, "virNodeDeviceSetAutostart", () -> conn.nodeDevices().nodeDeviceSetAutostart(ref, autostart));
    }

    public boolean getAutostart() {
        return Dispatch.read(conn, "virNodeDeviceGetAutostart", () -> conn.nodeDevices().nodeDeviceGetAutostart(ref));
    }

    public boolean isPersistent() {
        return Dispatch.read(conn, "virNodeDeviceIsPersistent", () -> conn.nodeDevices().nodeDeviceIsPersistent(ref));
    }

    public boolean isActive() {
        return Dispatch.read(conn, "virNodeDeviceIsActive", () -> conn.nodeDevices().nodeDeviceIsActive(ref));
    }

    /** virNodeDeviceDettach: detaches the device from its host driver for assignment to guests. */
    public void dettach() {
        Dispatch.write(conn, "virNodeDeviceDettach",
                () -> conn.nodeDevices().nodeDeviceDetachFlags(ref, null, 0, "virNodeDeviceDettach"));
    }

    /** virNodeDeviceDetachFlags: driverName may be null. */
    public void detachFlags(String driverName, int flags) {
        Dispatch.write(conn, "virNodeDeviceDetachFlags",
                () -> conn.nodeDevices().nodeDeviceDetachFlags(ref, driverName, flags, "virNodeDeviceDetachFlags"));
    }

    public void reAttach() {
        Dispatch.write(conn, "virNodeDeviceReAttach", () -> conn.nodeDevices().nodeDeviceReAttach(ref));
    }

    public void reset() {
        Dispatch.write(conn, "virNodeDeviceReset", () -> conn.nodeDevices().nodeDeviceReset(ref));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeDevice d && d.conn == conn && d.ref.name().equals(ref.name());
    }

    @Override
    public int hashCode() {
        return ref.name().hashCode();
    }

    @Override
    public String toString() {
        return "NodeDevice[" + ref.name() + "]";
    }
}
