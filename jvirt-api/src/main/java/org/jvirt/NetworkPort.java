package org.jvirt;

import java.util.Objects;
import java.util.UUID;
import org.jvirt.spi.NetworkPortRef;

/** A port of a virtual network (libvirt's virNetworkPort); every call goes through {@link Dispatch}. */
public final class NetworkPort {

    private final Network network;
    private final NetworkPortRef ref;

    NetworkPort(Network network, NetworkPortRef ref) {
        this.network = network;
        this.ref = Objects.requireNonNull(ref);
    }

    public Network getNetwork() {
        return network;
    }

    public UUID getUUID() {
        return ref.uuid();
    }

    public NetworkPortRef ref() {
        return ref;
    }

    public String getXMLDesc(int flags) {
        Connect conn = network.getConnect();
        return Dispatch.read(conn, "virNetworkPortGetXMLDesc", () -> conn.net().networkPortGetXMLDesc(ref, flags));
    }

    public void delete(int flags) {
        Connect conn = network.getConnect();
        Dispatch.write(conn, "virNetworkPortDelete", () -> conn.net().networkPortDelete(ref, flags));
    }
}
