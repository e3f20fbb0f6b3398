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
    }

    private static String orNull(String s) {
        return s == null ? "(null)" : s;
    }
}
