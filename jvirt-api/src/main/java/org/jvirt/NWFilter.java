package org.jvirt;

import java.util.Objects;
import java.util.UUID;
import org.jvirt.spi.NWFilterRef;

/** A network filter (libvirt's virNWFilter); every call goes through {@link Dispatch}. */
public final class NWFilter {

    private final Connect conn;
    private final NWFilterRef ref;

    NWFilter(Connect conn, NWFilterRef ref) {
        this.conn = conn;
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

    public NWFilterRef ref() {
        return ref;
    }

    public String getXMLDesc(int flags) {
        return Dispatch.read(conn, "virNWFilterGetXMLDesc", () -> conn.nwfilter().nwfilterGetXMLDesc(ref, flags));
    }

    public void undefine() {
        Dispatch.write(conn, "virNWFilterUndefine", () -> conn.nwfilter().nwfilterUndefine(ref));
    }
}
