package org.jvirt;

import java.util.Objects;
import org.jvirt.spi.InterfaceRef;

/** A handle on a host interface (libvirt's virInterface: name and MAC). Every method goes through {@link Dispatch}. */
public final class Interface {

    private final Connect conn;
    private final InterfaceRef ref;

    Interface(Connect conn, InterfaceRef ref) {
        this.conn = Objects.requireNonNull(conn);
        this.ref = Objects.requireNonNull(ref);
    }

    public Connect getConnect() {
        return conn;
    }

    public String getName() {
        return ref.name();
    }

    /** virInterfaceGetMACString: as the driver gave it when the handle was made (may be null). */
    public String getMACString() {
        return ref.mac();
    }

    public InterfaceRef ref() {
        return ref;
    }

    /** virInterfaceGetXMLDesc: flags are InterfaceXMLFlag. */
    public String getXMLDesc(int flags) {
        return Dispatch.read(conn, "virInterfaceGetXMLDesc", () -> conn.ifaces().interfaceGetXMLDesc(ref, flags));
    }

    public void undefine() {
        Dispatch.write(conn, "virInterfaceUndefine", () -> conn.ifaces().interfaceUndefine(ref));
    }

    /** virInterfaceCreate: brings the interface up. */
    public void create(int flags) {
        Dispatch.write(conn, "virInterfaceCreate", () -> conn.ifaces().interfaceCreate(ref, flags));
    }

    /** virInterfaceDestroy: brings the interface down. */
    public void destroy(int flags) {
        Dispatch.write(conn, "virInterfaceDestroy", () -> conn.ifaces().interfaceDestroy(ref, flags));
    }

    public boolean isActive() {
        return Dispatch.read(conn, "virInterfaceIsActive", () -> conn.ifaces().interfaceIsActive(ref));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interface i && i.conn == conn && i.ref.equals(ref);
    }

    @Override
    public int hashCode() {
        return ref.hashCode();
    }

    @Override
    public String toString() {
        return "Interface[" + ref.name() + "]";
    }
}
