package org.jvirt.driver.qemu;

import java.util.List;
import java.util.Map;
import org.jvirt.conf.domain.ChrDef;
import org.jvirt.conf.domain.DevicesDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.driver.qemu.monitor.QmpMonitor;

/**
 * The ttys of pty character devices, known only once QEMU opened them (libvirt's qemuProcessRefreshChannelPaths
 * via query-chardev): a serial is chardev "char" + its alias ("charserialN"), and its "pty:/dev/pts/K" becomes the live XML's
 * {@code <source path='/dev/pts/K'/>} and the aliased console's {@code tty='/dev/pts/K'}.
 */
final class QemuPtys {

    private QemuPtys() {
    }

    /** {@code def} with the pty paths QEMU reports; {@code def} itself when it has no pty device. */
    static DomainDef apply(DomainDef def, QmpMonitor mon) {
        if (def.devices().serials().stream().noneMatch(c -> "pty".equals(c.type()))) {
            return def;
        }
        return apply(def, mon.queryChardev());
    }

    /** Pure part: fills serial paths from query-chardev's label -> filename map. */
    static DomainDef apply(DomainDef def, Map<String, String> chardevs) {
        DevicesDef.Builder b = def.devices().toBuilder();
        List<ChrDef> serials = b.serials;
        for (int i = 0; i < serials.size(); i++) {
            ChrDef c = serials.get(i);
            if (!"pty".equals(c.type())) {
                continue;
            }
            int port = c.targetPort() >= 0 ? c.targetPort() : i; // the builder's numbering of charserialN
            String file = chardevs.get("char" + (c.alias() != null ? c.alias() : "serial" + port));
            if (file != null && file.startsWith("pty:")) {
                String tty = file.substring(4);
                serials.set(i, c.withPath(tty));
                // console 0 aliases serial 0: keep its copy in step (the formatter prints the serial's source)
                if (port == 0) {
                    for (int k = 0; k < b.consoles.size(); k++) {
                        ChrDef con = b.consoles.get(k);
                        if ("pty".equals(con.type()) && "serial".equals(con.targetType()) && con.targetPort() <= 0) {
                            b.consoles.set(k, con.withPath(tty));
                        }
                    }
                }
            }
        }
        return def.withDevices(b.build());
    }
}
