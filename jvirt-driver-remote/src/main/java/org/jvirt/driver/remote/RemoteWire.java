package org.jvirt.driver.remote;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.rpc.remote.NonnullDomain;
import org.jvirt.rpc.remote.NonnullNetwork;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.NetworkRef;

/** Small conversions the driver tables share: handles, C char arrays, CPU bitmaps. */
final class RemoteWire {

    private RemoteWire() {
    }

    static NonnullDomain dom(DomainRef ref) {
        return RemoteTypes.domain(ref);
    }

    static DomainRef ref(NonnullDomain dom) {
        return RemoteTypes.domain(dom);
    }

    static List<DomainRef> refs(List<NonnullDomain> doms) {
        List<DomainRef> out = new ArrayList<>(doms.size());
        for (NonnullDomain d : doms) {
            out.add(RemoteTypes.domain(d));
        }
        return out;
    }

    static NonnullNetwork net(NetworkRef ref) {
        return RemoteTypes.network(ref);
    }

    static NetworkRef ref(NonnullNetwork net) {
        return RemoteTypes.network(net);
    }

    /** A C char array as XDR carries it (one int per char), up to its NUL. */
    static String chars(int[] chars) {
        StringBuilder b = new StringBuilder(chars.length);
        for (int c : chars) {
            if (c == 0) {
                break;
            }
            b.append((char) (c & 0xff));
        }
        return b.toString();
    }

    /** VIR_CPU_MAPLEN: bytes of a bitmap of {@code cpus} CPUs. */
    static int mapLen(int cpus) {
        return (cpus + 7) / 8;
    }

    /** libvirt's CPU bitmap: CPU n is bit n % 8 of byte n / 8. */
    static byte[] bitmap(boolean[] cpus) {
        byte[] map = new byte[mapLen(cpus.length)];
        for (int i = 0; i < cpus.length; i++) {
            if (cpus[i]) {
                map[i / 8] |= (byte) (1 << (i % 8));
            }
        }
        return map;
    }

    /** {@code cpus} flags from the bitmap at {@code offset}. */
    static boolean[] cpus(byte[] map, int offset, int cpus) {
        boolean[] out = new boolean[cpus];
        for (int i = 0; i < cpus; i++) {
            int idx = offset + i / 8;
            out[i] = idx < map.length && (map[idx] & (1 << (i % 8))) != 0;
        }
        return out;
    }
}
