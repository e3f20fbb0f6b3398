package org.jvirt.driver.qemu;

import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.MemballoonDef;

/** Small facts about a domain's memory balloon. */
final class QemuBalloon {

    private QemuBalloon() {
    }

    /** True when the domain has a balloon device QEMU can be asked about (libvirt's virDomainDefHasMemballoon). */
    static boolean present(DomainDef def) {
        for (MemballoonDef m : def.devices().memballoons()) {
            if (!"none".equals(m.model())) {
                return true;
            }
        }
        return false;
    }
}
