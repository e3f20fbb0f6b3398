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
}
