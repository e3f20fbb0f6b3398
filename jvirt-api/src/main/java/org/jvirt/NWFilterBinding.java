package org.jvirt;

import java.util.Objects;
import org.jvirt.spi.NWFilterBindingRef;

/** A network filter binding (libvirt's virNWFilterBinding): a port device bound to a filter. */
public final class NWFilterBinding {

    private final Connect conn;
    private final NWFilterBindingRef ref;

    NWFilterBinding(Connect conn, NWFilterBindingRef ref) {
        this.conn = conn;
        this.ref = Objects.requireNonNull(ref);
    }

    public Connect getConnect() {
        return conn;
    }

    public String getPortDev() {
        return ref.portDev();
    }

    public String getFilterName() {
        return ref.filterName();
    }

    public NWFilterBindingRef ref() {
        return ref;
    }

    public String getXMLDesc(int flags) {
        return Dispatch.read(conn, "virNWFilterBindingGetXMLDesc",
                () -> conn.nwfilter().nwfilterBindingGetXMLDesc(ref, flags));
    }

    public void delete() {
        Dispatch.write(conn, "virNWFilterBindingDelete", () -> conn.nwfilter().nwfilterBindingDelete(ref));
    }
}
