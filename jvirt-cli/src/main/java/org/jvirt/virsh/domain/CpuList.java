package org.jvirt.virsh.domain;

import java.util.ArrayList;
import java.util.List;

/** libvirt's CPU list syntax ("0-3,^2,5"): parse to a map, format a map back as ranges. */
final class CpuList {

    private CpuList() {
    }

    static String format(boolean[] map) {
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

    /** null when malformed or out of 0..max-1. */
    static boolean[] parse(String list, int max) {
        boolean[] map = new boolean[max];
        if (list.equals("r")) {
            java.util.Arrays.fill(map, true);
            return map;
        }
        for (String part : list.split(",", -1)) {
            boolean neg = part.startsWith("^");
            String p = neg ? part.substring(1) : part;
            int lo;
            int hi;
            try {
                int dash = p.indexOf('-');
                lo = Integer.parseInt(dash < 0 ? p : p.substring(0, dash));
                hi = dash < 0 ? lo : Integer.parseInt(p.substring(dash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (lo < 0 || hi < lo || hi >= max || (neg && hi != lo)) {
                return null;
            }
            for (int k = lo; k <= hi; k++) {
                map[k] = !neg;
            }
        }
        return map;
    }
}
