package org.jvirt.driver.qemu;

import org.jvirt.core.DomainObj;
import org.jvirt.core.VirErrors;

/** Checks shared by the operations that talk to a running guest's monitor. */
final class QemuControl {

    private QemuControl() {
    }

    /**
     * The runtime of the running domain {@code o}, which this process manages (caller holds the job and the
     * object's lock): libvirt's virDomainObjCheckActive, and our refusal of a guest another process manages.
     */
    static QemuDomainRuntime runtime(QemuDriver d, DomainObj o) {
        if (!o.isActive()) {
            throw VirErrors.notRunning();
        }
        d.checkManaged(o);
        QemuDomainRuntime rt = d.runtimes.get(o.uuid());
        if (rt == null || rt.monitor == null) {
            throw VirErrors.notRunning();
        }
        return rt;
    }
}
