package org.jvirt.daemon.remote;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.Network;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.remote.NonnullDomain;
import org.jvirt.rpc.remote.NonnullNetwork;
import org.jvirt.rpc.remote.RemoteTypes;

/** Conversions between the public API's values and the wire's C-shaped ones, shared by the handler files. */
final class Wire {

    private Wire() {
    }

    static NonnullDomain dom(Domain d) {
        return RemoteTypes.domain(d.ref());
    }

    static NonnullNetwork net(Network n) {
        return RemoteTypes.network(n.ref());
    }

    static List<NonnullDomain> doms(List<Domain> list) {
        List<NonnullDomain> out = new ArrayList<>(list.size());
        for (Domain d : list) {
            out.add(dom(d));
        }
        return out;
    }

    static int bool(boolean b) {
        return b ? 1 : 0;
    }

    /**
     * A C string sent as an XDR array of chars (node model, security model and label): libvirt sends
     * strlen + 1 chars, the NUL included.
     */
    static int[] chars(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int[] out = new int[b.length + 1];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i];
        }
        return out;
    }

    /** A C char[n] buffer (virNodeInfo.model): the string cut to n - 1 bytes, NUL padded. */
    static int[] fixedChars(String s, int n) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int[] out = new int[n];
        for (int i = 0; i < b.length && i < n - 1; i++) {
            out[i] = b[i];
        }
        return out;
    }

    /** virCPUMap bytes (bit i of byte i/8 = cpu i) as the API's booleans, maplen * 8 of them. */
    static boolean[] cpus(byte[] map) {
        boolean[] out = new boolean[map.length * 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = (map[i / 8] & (1 << (i % 8))) != 0;
        }
        return out;
    }

    /** The API's booleans into {@code maplen} bytes at {@code offset} of {@code dest} (extra cpus are dropped). */
    static void putCpus(boolean[] cpus, byte[] dest, int offset, int maplen) {
        for (int i = 0; i < cpus.length && i < maplen * 8; i++) {
            if (cpus[i]) {
                dest[offset + i / 8] |= (byte) (1 << (i % 8));
            }
        }
    }

    /** VIR_CPU_MAPLEN. */
    static int mapLen(int cpus) {
        return (cpus + 7) / 8;
    }

    static VirtException internal(String message) {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.RPC, message);
    }

    static VirtException rpc(String message) {
        return VirtException.of(ErrorCode.RPC, ErrorDomain.RPC, message);
    }

    /** The generated dispatchers' bound check on a list the client asks for ("maxids > REMOTE_DOMAIN_LIST_MAX"). */
    static void checkMax(long value, int max, String what) {
        if (value > max) {
            throw rpc(what);
        }
    }

    /** The generated dispatchers' other check on a legacy list's count, before any driver is asked. */
    static void nonNegative(int value, String arg) {
        if (value < 0) {
            throw rpc(arg + " must be non-negative");
        }
    }

    static <T> List<T> first(List<T> list, int n) {
        return n >= list.size() ? list : list.subList(0, Math.max(0, n));
    }
}
