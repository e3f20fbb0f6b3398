package org.jvirt.conf.domain;

import java.util.List;

/** Checks that need the whole (post-parsed) definition, as libvirt's domain_validate.c does. */
final class DomainValidate {

    private DomainValidate() {
    }

    static void validate(DomainDef def) {
        if (def.name().indexOf('/') >= 0) {
            throw Err.xml("name %s cannot contain '/'", def.name());
        }
        List<DiskDef> disks = def.devices().disks();
        for (int i = 0; i < disks.size(); i++) {
            for (int j = i + 1; j < disks.size(); j++) {
                if (disks.get(i).targetDev().equals(disks.get(j).targetDev())) {
                    throw Err.xml("target '%s' duplicated for disk sources '%s' and '%s'", disks.get(i).targetDev(),
                            orNull(disks.get(i).source()), orNull(disks.get(j).source()));
                }
            }
        }
        uniqueAliases(def);
        MemoryDeviceXml.validate(def);
    }

    /**
     * No two devices may share an alias (virDomainDefValidateAliases). Console 0 of an HVM guest with a serial
     * port is that serial port written twice, so its alias is not a second use.
     */
    private static void uniqueAliases(DomainDef def) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        DevicesDef d = def.devices();
        for (DeviceDef dev : d.all()) {
            if (dev.alias() == null || (!d.consoles().isEmpty() && dev == d.consoles().getFirst()
                    && !d.serials().isEmpty() && "hvm".equals(def.os().type()))) {
                continue;
            }
            if (!seen.add(dev.alias())) {
                throw Err.unsupported("non unique alias detected: %s", dev.alias());
            }
        }
    }

    private static String orNull(String s) {
        return s == null ? "(null)" : s;
    }
}
