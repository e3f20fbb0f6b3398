package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The test driver's own define-time step: host interface names "testnetN" (first unused N). */
final class TestDriverDefaults {

    private TestDriverDefaults() {
    }

    static DomainDef generateIfnames(DomainDef def) {
        List<InterfaceDef> nets = def.devices().interfaces();
        if (nets.stream().allMatch(n -> n.ifname() != null)) {
            return def;
        }
        Set<String> used = new HashSet<>();
        for (InterfaceDef n : nets) {
            if (n.ifname() != null) {
                used.add(n.ifname());
            }
        }
        List<InterfaceDef> out = new ArrayList<>(nets.size());
        for (InterfaceDef n : nets) {
            if (n.ifname() == null) {
                int i = 0;
                while (used.contains("testnet" + i)) {
                    i++;
                }
                used.add("testnet" + i);
                n = n.withIfname("testnet" + i);
            }
            out.add(n);
        }
        return def.withDevices(def.devices().withInterfaces(out));
    }
}
