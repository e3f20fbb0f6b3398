package org.jvirt.rpc.remote;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jvirt.spi.DomainCheckpointRef;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.DomainSnapshotRef;
import org.jvirt.spi.NetworkRef;
import org.jvirt.spi.StoragePoolRef;
import org.jvirt.spi.StorageVolRef;

/** Wire identities <-> the SPI's: what every stub and handler needs to name a domain, network, pool, volume or snapshot. */
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

    /**
     * An XDR {@code char x<N>} as libvirt sends it (each char a sign-extended 4-byte int, the C string's NUL
     * included), e.g. remote_node_get_security_model_ret's model and doi.
     */
    public static int[] chars(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int[] out = new int[b.length + 1];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i];
        }
        return out;
    }

    /** An XDR {@code char x[length]}: the string NUL-padded, cut to length - 1 bytes so a NUL always ends it. */
    public static int[] chars(String s, int length) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int[] out = new int[length];
        for (int i = 0; i < Math.min(b.length, length - 1); i++) {
            out[i] = b[i];
        }
        return out;
    }

    /** The C string in an XDR char array: up to the first NUL (or the end), bytes read as UTF-8. */
    public static String string(int[] chars) {
        byte[] b = new byte[chars.length];
        int n = 0;
        while (n < chars.length && (chars[n] & 0xff) != 0) {
            b[n] = (byte) chars[n];
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
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

    public static NonnullStoragePool storagePool(StoragePoolRef ref) {
        return new NonnullStoragePool(ref.name(), uuid(ref.uuid()));
    }

    public static StoragePoolRef storagePool(NonnullStoragePool pool) {
        return new StoragePoolRef(pool.name(), uuid(pool.uuid()));
    }

    public static NonnullStorageVol storageVol(StorageVolRef ref) {
        return new NonnullStorageVol(ref.pool(), ref.name(), ref.key());
    }

    public static StorageVolRef storageVol(NonnullStorageVol vol) {
        return new StorageVolRef(vol.pool(), vol.name(), vol.key());
    }

    public static NonnullDomainSnapshot snapshot(DomainSnapshotRef ref) {
        return new NonnullDomainSnapshot(ref.name(), domain(ref.domain()));
    }

    public static DomainSnapshotRef snapshot(NonnullDomainSnapshot snap) {
        return new DomainSnapshotRef(domain(snap.dom()), snap.name());
    }

    public static NonnullDomainCheckpoint checkpoint(DomainCheckpointRef ref) {
        return new NonnullDomainCheckpoint(ref.name(), domain(ref.domain()));
    }

    public static DomainCheckpointRef checkpoint(NonnullDomainCheckpoint cp) {
        return new DomainCheckpointRef(domain(cp.dom()), cp.name());
    }
}
