package org.jvirt.driver.qemu;

import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.InterfaceDef;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** virDomainNetFind: an interface by MAC address when the text is one, else by its host-side device name. */
final class QemuNetFind {

    private QemuNetFind() {
    }

    static InterfaceDef find(DomainDef def, String device) {
        boolean isMac = device.matches("(?i)[0-9a-f]{1,2}(:[0-9a-f]{1,2}){5}");
        for (InterfaceDef n : def.devices().interfaces()) {
            if (isMac ? n.mac() != null && sameMac(n.mac(), device) : device.equals(n.ifname())) {
                return n;
            }
        }
        // libvirt 9.0's qemu driver answers an unknown MAC like an unknown name
        throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN, "'%s' is not a known interface", device);
    }

    /** virMacAddrParse then compare: "52:54:0:1:2:3" equals "52:54:00:01:02:03". */
    private static boolean sameMac(String a, String b) {
        String[] x = a.split(":");
        String[] y = b.split(":");
        if (x.length != 6 || y.length != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (Integer.parseInt(x[i], 16) != Integer.parseInt(y[i], 16)) {
                return false;
            }
        }
        return true;
    }
}
