package org.jvirt.driver.test;

import java.util.BitSet;

/** Reads the normalised cpuset text the domain model keeps ("0-3,5"; '^' exclusions already resolved). */
final class TestCpuMaps {

    private TestCpuMaps() {
    }

    static BitSet parse(String text) {
        BitSet set = new BitSet();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean neg = p.startsWith("^");
            if (neg) {
                set.clear(Integer.parseInt(p.substring(1)));
                continue;
            }
            int dash = p.indexOf('-');
            int lo = Integer.parseInt(dash < 0 ? p : p.substring(0, dash));
            int hi = dash < 0 ? lo : Integer.parseInt(p.substring(dash + 1));
            set.set(lo, hi + 1);
        }
        return set;
    }

    /** "0-2,5" for a map (libvirt's virBitmapFormat). */
    static String format(boolean[] map) {
        StringBuilder sb = new StringBuilder();
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
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(i);
            if (j > i) {
                sb.append('-').append(j);
            }
            i = j + 1;
        }
        return sb.toString();
    }

    static boolean[] toArray(BitSet set, int width) {
        boolean[] out = new boolean[width];
        for (int i = 0; i < width; i++) {
            out[i] = set.get(i);
        }
        return out;
    }
}
