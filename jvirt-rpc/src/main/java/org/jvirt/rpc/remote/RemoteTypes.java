package org.jvirt.rpc.remote;

import java.nio.ByteBuffer;
import java.util.UUID;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.NetworkRef;

/** Wire identities <-> the SPI's: what every stub and handler needs to name a domain or network. */
public final class RemoteTypes {

    private RemoteTypes() {
    }

    public static byte[] uuid(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
    }

    public static UUID uuid(byte[] raw) {
        ByteBuffer b = ByteBuffer.wrap(raw);
        return new UUID(b.getLong(), b.getLong());
    }

    public static NonnullDomain domain(DomainRef ref) {
        return new NonnullDomain(ref.name(), uuid(ref.uuid()), ref.id());
    }

    public static DomainRef domain(NonnullDomain dom) {
        return new DomainRef(dom.name(), uuid(dom.uuid()), dom.id());
    }

    public static NonnullNetwork network(NetworkRef ref) {
        return new NonnullNetwork(ref.name(), uuid(ref.uuid()));
    }

    public static NetworkRef network(NonnullNetwork net) {
        return new NetworkRef(net.name(), uuid(net.uuid()));
    }
}
