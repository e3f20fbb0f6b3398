package org.jvirt.driver.qemu;

import java.util.List;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * The security model of a host without a security driver: libvirt's QEMU driver then runs the "none" manager,
 * which reports model "none" with DOI "0" and gives every domain, running or not, an empty label (the
 * Security model/DOI lines of virsh dominfo come from these two calls).
 */
interface QemuSecurityOps extends HypervisorDriver {

    QemuDriver driver();

    @Override
    default List<String> nodeGetSecurityModel() {
        return List.of("none", "0");
    }

    @Override
    default List<String> domainGetSecurityLabel(DomainRef dom) {
        return driver().withDom(dom, o -> List.of("", "0"));
    }
}
