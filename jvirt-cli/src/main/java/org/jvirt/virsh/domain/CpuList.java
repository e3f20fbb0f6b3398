package org.jvirt.virsh.domain;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Shell;

/** libvirt's CPU list syntax ("0-3,^2,5"): parse to a map, format a map back as ranges. */
public final class CpuList {

    private CpuList() {
    }

    /**
     * virshNodeGetCPUCount: the width virsh gives every affinity map, from virNodeGetCPUMap, or the node's CPU
     * count when the driver lacks that call.
     */
    public static int maxcpu(Connect conn) {
        try {
            return conn.nodeGetCPUMap(0).cpus();
        } catch (VirtException e) {
            if (e.code() != ErrorCode.NO_SUPPORT) {
                throw e;
            }
            return conn.nodeGetInfo().cpus();
        }
    }

    /** A map cut or padded to {@code width} CPUs, as virsh reads only that many bits of what the driver fills. */
    public static boolean[] fit(boolean[] map, int width) {
        return java.util.Arrays.copyOf(map, width);
    }

    public static String format(boolean[] map) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < map.length) {
            if (!map[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < map.length && map[j + 1]) {
                j++;
            }
            parts.add(i == j ? Integer.toString(i) : i + "-" + j);
            i = j + 1;
        }
        return String.join(",", parts);
    }

    /** The largest CPU number virBitmapParse accepts here. */
    private static final int BITMAP_MAX = 1024;

    /**
     * virshParseCPUList: "r" is every CPU, otherwise libvirt's bitmap syntax. Prints virsh's errors and returns
     * null when the list is malformed, empty, or names a CPU at or past {@code maxcpu}.
     */
    public static boolean[] parse(Shell sh, String list, int maxcpu) {
        boolean[] map = new boolean[maxcpu];
        if (list.equals("r")) {
            java.util.Arrays.fill(map, true);
            return map;
        }
        java.util.BitSet bits = bitmap(list);
        if (bits == null) {
            sh.error("Invalid cpulist '" + list + "'");
            sh.error("invalid argument: Failed to parse bitmap '" + list + "'");
            return null;
        }
        if (bits.isEmpty()) {
            sh.error("Invalid cpulist '" + list + "'");
            return null;
        }
        int last = bits.length() - 1;
        if (last >= maxcpu) {
            sh.error("CPU " + last + " in cpulist '" + list + "' exceed the maxcpu " + maxcpu);
            return null;
        }
        bits.stream().forEach(k -> map[k] = true);
        return map;
    }

    /** virBitmapParse: "N", "N-M" and "^N" items separated by commas; null when malformed. */
    private static java.util.BitSet bitmap(String list) {
        java.util.BitSet bits = new java.util.BitSet();
        for (String raw : list.split(",", -1)) {
            String part = raw.strip();
            boolean neg = part.startsWith("^");
            String p = neg ? part.substring(1) : part;
            int lo;
            int hi;
            try {
                int dash = p.indexOf('-');
                lo = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).strip());
                hi = dash < 0 ? lo : Integer.parseInt(p.substring(dash + 1).strip());
            } catch (NumberFormatException e) {
                return null;
            }
            if (lo < 0 || hi < lo || hi >= BITMAP_MAX || (neg && hi != lo)) {
                return null;
            }
            if (neg) {
                bits.clear(lo);
            } else {
                bits.set(lo, hi + 1);
            }
        }
        return bits;
    }
}
